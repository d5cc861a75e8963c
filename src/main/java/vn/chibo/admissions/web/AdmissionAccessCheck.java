package vn.chibo.admissions.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.admissions.AdmissionManagement;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Permission;

/**
 * Every change to an admission, on the pages and in the API, is first checked against who may make it (404 outside
 * her organizations, 403 without MEMBER_MANAGE on its branch), before Spring reads the form or the JSON. A new
 * admission names its branch, which {@link AdmissionManagement#create} checks; here only that the user records
 * members somewhere.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final AdmissionManagement admissions;

    AdmissionAccessCheck(AdmissionManagement admissions) {
        super("Admission");
        this.admissions = admissions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/admissions", "/admissions/**", "/api/v1/admissions", "/api/v1/admissions/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        return controller == AdmissionController.class || controller == AdmissionApiController.class;
    }

    @Override
    protected void checkNew(CurrentUser user) {
        if (!user.hasEverywhere(Permission.MEMBER_MANAGE)
                && user.organizationsWith(Permission.MEMBER_MANAGE).isEmpty()) {
            throw new ForbiddenException("Records no members");
        }
    }

    @Override
    protected void check(CurrentUser user, long id, String path) {
        admissions.requireManaging(user, id);
    }
}
