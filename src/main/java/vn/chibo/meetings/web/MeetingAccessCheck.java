package vn.chibo.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Every change to a meeting, on the pages and in the API, is first checked against who may make it (404 outside her
 * organizations, 403 without MEETING_RECORD), before Spring reads the form or the JSON it sends: a refused user learns
 * nothing from the validation of what she sent. Planning a new meeting needs MEETING_RECORD somewhere. The management
 * beans check again, with the state of the meeting.
 */
@Configuration(proxyBeanMethods = false)
class MeetingAccessCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final MeetingManagement meetings;

    MeetingAccessCheck(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/meetings", "/meetings/**", "/api/v1/meetings", "/api/v1/meetings/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        // Scoring templates have their own ids and rules (TemplateController).
        if (!(handler instanceof HandlerMethod h)
                || !(h.getBeanType() == MeetingController.class
                        || h.getBeanType() == MeetingPapersController.class
                        || h.getBeanType() == MeetingCalendarController.class
                        || h.getBeanType() == MeetingApiController.class)) {
            return true;
        }
        CurrentUser user = CurrentUsers.require();
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("id");
        if (raw == null) {
            if (!user.hasEverywhere(Permission.MEETING_RECORD)
                    && user.organizationsWith(Permission.MEETING_RECORD).isEmpty()) {
                throw new ForbiddenException("MEETING_RECORD is held nowhere");
            }
            return true;
        }
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Meeting", raw);
        }
        meetings.requireRecording(user, MeetingId.of(id));
        return true;
    }
}
