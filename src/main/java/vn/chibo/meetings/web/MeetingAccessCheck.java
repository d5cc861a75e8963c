package vn.chibo.meetings.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Permission;

/**
 * Every change to a meeting, on the pages and in the API, is first checked against who may make it (404 outside her
 * organizations, 403 without MEETING_RECORD), before Spring reads the form or the JSON it sends: a refused user learns
 * nothing from the validation of what she sent. Planning a new meeting needs MEETING_RECORD somewhere. The management
 * beans check again, with the state of the meeting.
 */
@Configuration(proxyBeanMethods = false)
class MeetingAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final MeetingManagement meetings;

    MeetingAccessCheck(MeetingManagement meetings) {
        super("Meeting");
        this.meetings = meetings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/meetings", "/meetings/**", "/api/v1/meetings", "/api/v1/meetings/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        // Scoring templates have their own ids and rules (TemplateController).
        return controller == MeetingController.class
                || controller == MeetingPapersController.class
                || controller == MeetingCalendarController.class
                || controller == MeetingApiController.class;
    }

    @Override
    protected void checkNew(CurrentUser user) {
        if (!user.hasEverywhere(Permission.MEETING_RECORD)
                && user.organizationsWith(Permission.MEETING_RECORD).isEmpty()) {
            throw new ForbiddenException("MEETING_RECORD is held nowhere");
        }
    }

    @Override
    protected void check(CurrentUser user, long id, String path) {
        meetings.requireRecording(user, MeetingId.of(id));
    }
}
