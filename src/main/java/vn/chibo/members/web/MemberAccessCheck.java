package vn.chibo.members.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.members.MemberAccess;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.NotFoundException;

/**
 * Every change to a member's record, on the pages and in the API, is first checked against who may make it (404 outside
 * her organizations, 403 without the permission), before Spring reads the form or the JSON it sends: a refused user
 * learns nothing from the validation of what she sent. A new record, a reception or an import needs MEMBER_MANAGE
 * somewhere (the organization the request names is checked when it is read); the module's beans check again.
 */
@Configuration(proxyBeanMethods = false)
class MemberAccessCheck implements WebMvcConfigurer, HandlerInterceptor {

    /** Routes that create records: nothing in them names an existing member. */
    private static final Set<String> CREATING = Set.of(
            "/members/new", "/members/import", "/api/v1/members", "/api/v1/members/receive", "/api/v1/members/import");

    private final MemberAccess access;

    MemberAccessCheck(MemberAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/members/**", "/api/v1/members", "/api/v1/members/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || pattern.startsWith("/members/import/")) {
            // An import job is found only among the user's own jobs.
            return true;
        }
        if (CREATING.contains(pattern)) {
            access.requireManageSomewhere(CurrentUsers.require());
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("id");
        if (raw == null) {
            return true;
        }
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Member", raw);
        }
        if (pattern.startsWith("/members/corrections/")) {
            access.requireManageCorrection(CurrentUsers.require(), id);
        } else {
            access.requireManage(CurrentUsers.require(), MemberId.of(id));
        }
        return true;
    }
}
