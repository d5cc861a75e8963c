package vn.chibo.elections.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.ElectionAccess;
import vn.chibo.elections.ElectionId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Every change to a congress or an election, on the pages and in the API, is first checked against who may make it
 * (404 outside her organizations, 403 without the permission), before Spring reads the form or the JSON it sends: a
 * refused user learns nothing from the validation of what she sent. Entering ballots needs ELECTION_COUNT, every other
 * change ELECTION_MANAGE; the management beans check again, with the state of the congress.
 */
@Configuration(proxyBeanMethods = false)
class ElectionAccessCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final ElectionAccess access;

    ElectionAccessCheck(ElectionAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(
                        "/congresses",
                        "/api/v1/congresses",
                        "/congresses/*/**",
                        "/api/v1/congresses/*/**",
                        "/elections/*/**",
                        "/api/v1/elections/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("id");
        if (raw == null) {
            // Convening a congress: only who may manage elections somewhere gets as far as the form's checks.
            CurrentUser user = CurrentUsers.require();
            if (!user.hasEverywhere(Permission.ELECTION_MANAGE)
                    && user.organizationsWith(Permission.ELECTION_MANAGE).isEmpty()) {
                throw new ForbiddenException("No organization to convene a congress for");
            }
            return true;
        }
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Congress or election", raw);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var user = CurrentUsers.require();
        if (path.startsWith("/congresses/") || path.startsWith("/api/v1/congresses/")) {
            access.requireManage(user, CongressId.of(id));
        } else if (path.endsWith("/" + id + "/ballots") && method.equals("POST")) {
            access.requireCount(user, ElectionId.of(id));
        } else {
            access.requireManage(user, ElectionId.of(id));
        }
        return true;
    }
}
