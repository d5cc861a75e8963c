package vn.chibo.organizations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Every change to an organization, on the pages and in the API, is first checked against who may make it (404 outside
 * her grants, 403 without the permission), before Spring reads the form or the JSON: moving and dissolving are decided
 * by the level above (structure permission on the parent), other changes need ORGANIZATION_MANAGE, and creating one
 * needs ORGANIZATION_STRUCTURE somewhere. OrganizationManagement checks again with the parent the form names.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationAccessCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final OrganizationAccess access;

    OrganizationAccessCheck(OrganizationAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/organizations/**", "/api/v1/organizations", "/api/v1/organizations/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        if (!(handler instanceof HandlerMethod h)
                || !(h.getBeanType() == OrganizationController.class
                        || h.getBeanType() == OrganizationApiController.class)) {
            return true;
        }
        CurrentUser user = CurrentUsers.require();
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("id");
        if (raw == null) {
            if (!user.isAdministrator()
                    && !user.hasEverywhere(Permission.ORGANIZATION_STRUCTURE)
                    && user.organizationsWith(Permission.ORGANIZATION_STRUCTURE).isEmpty()) {
                throw new ForbiddenException("ORGANIZATION_STRUCTURE is held nowhere");
            }
            return true;
        }
        OrganizationId id;
        try {
            id = OrganizationId.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Organization", raw);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith("/move") || path.endsWith("/dissolve")) {
            access.requireStructureOver(user, id);
        } else {
            access.require(user, id, Permission.ORGANIZATION_MANAGE);
        }
        return true;
    }
}
