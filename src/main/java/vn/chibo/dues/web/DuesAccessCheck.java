package vn.chibo.dues.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.dues.DuesManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;

/**
 * Every change to a branch's dues, on the pages and in the API, is first checked against who may make it (404 outside
 * her organizations, 403 without DUES_MANAGE on the branch), before Spring reads the form or the JSON. The {@code {id}}
 * of every dues route is the branch's. {@link DuesManagement} checks again; a receipt of what a branch sent up is
 * further checked against the level above by {@link vn.chibo.dues.DuesRemittances}.
 */
@Configuration(proxyBeanMethods = false)
class DuesAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final DuesManagement dues;

    DuesAccessCheck(DuesManagement dues) {
        super("Organization");
        this.dues = dues;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/dues", "/dues/**", "/api/v1/dues", "/api/v1/dues/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        return controller == DuesController.class
                || controller == DuesApiController.class
                || controller == DuesRemittanceController.class;
    }

    @Override
    protected void checkNew(CurrentUser user) {
        // Every change to dues names its branch.
        throw new ForbiddenException("A change to dues names its branch");
    }

    @Override
    protected void check(CurrentUser user, long id, String path) {
        dues.requireManaging(user, OrganizationId.of(id));
    }
}
