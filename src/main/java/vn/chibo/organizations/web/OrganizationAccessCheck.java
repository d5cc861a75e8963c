package vn.chibo.organizations.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Permission;

/**
 * Every change to an organization, on the pages and in the API, is first checked against who may make it (404 outside
 * her grants, 403 without the permission), before Spring reads the form or the JSON: moving and dissolving are decided
 * by the level above (structure permission on the parent), other changes need ORGANIZATION_MANAGE, and creating one
 * needs ORGANIZATION_STRUCTURE somewhere. OrganizationManagement checks again with the parent the form names.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final OrganizationAccess access;

    OrganizationAccessCheck(OrganizationAccess access) {
        super("Organization");
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/organizations/**", "/api/v1/organizations", "/api/v1/organizations/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        return controller == OrganizationController.class || controller == OrganizationApiController.class;
    }

    @Override
    protected void checkNew(CurrentUser user) {
        if (!user.isAdministrator()
                && !user.hasEverywhere(Permission.ORGANIZATION_STRUCTURE)
                && user.organizationsWith(Permission.ORGANIZATION_STRUCTURE).isEmpty()) {
            throw new ForbiddenException("ORGANIZATION_STRUCTURE is held nowhere");
        }
    }

    @Override
    protected void check(CurrentUser user, long id, String path) {
        if (path.endsWith("/move") || path.endsWith("/dissolve")) {
            access.requireStructureOver(user, OrganizationId.of(id));
        } else {
            access.require(user, OrganizationId.of(id), Permission.ORGANIZATION_MANAGE);
        }
    }
}
