package vn.chibo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.chibo.platform.HomeSection;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;
import vn.chibo.platform.UploadRoute;

/** What the meetings module adds to the navigation, and its upload route. */
@Configuration(proxyBeanMethods = false)
class MeetingsNavigation {

    /** Invitations and reminders in the app: the meetings of the next weeks, with their documents. */
    @Bean
    HomeSection upcomingMeetingsHomeSection(MeetingPlanning planning, Clock clock) {
        return HomeSection.of(5, "meetings/calendar :: upcoming", user -> {
            LocalDate today = LocalDate.now(clock);
            List<MeetingSummary> upcoming = planning.calendar(user, null, today, today.plusDays(35)).stream()
                    .filter(m -> m.status() == MeetingStatus.PLANNED)
                    .limit(10)
                    .toList();
            return upcoming.isEmpty() ? null : Map.of("upcoming", upcoming);
        });
    }

    /** This month's guidance of the committees above the user's organizations (and of hers). */
    @Bean
    HomeSection monthlyGuidanceHomeSection(MeetingGuidance guidance) {
        return HomeSection.of(6, "meetings/guidance :: home", user -> {
            List<MonthlyGuidance> thisMonth = guidance.thisMonth(user);
            return thisMonth.isEmpty() ? null : Map.of("guidance", thisMonth);
        });
    }

    @Bean
    NavigationEntry guidanceNavigationEntry() {
        return new NavigationEntry(31, "/meetings/guidance", "nav.guidance", Permission.MEETING_VIEW);
    }

    /** The member's own participation in this year's meetings, as the Party Member Handbook shows it. */
    @Bean
    HomeSection ownParticipationHomeSection(MeetingParticipation participation, Clock clock) {
        return HomeSection.of(7, "meetings/participation :: home", user -> {
            int year = LocalDate.now(clock).getYear();
            return participation
                    .own(user, year)
                    .<Map<String, Object>>map(own -> Map.of("own", own, "year", year))
                    .orElse(null);
        });
    }

    @Bean
    NavigationEntry participationNavigationEntry() {
        return new NavigationEntry(32, "/meetings/participation", "nav.participation", Permission.MEMBER_VIEW);
    }

    /** A report's file: at most 20 MB (see MeetingManagement.addReport), with room for the form around it. */
    @Bean
    UploadRoute meetingReportUpload() {
        return new UploadRoute("/meetings/{id}/reports", Permission.MEETING_RECORD, DataSize.ofMegabytes(21));
    }

    @Bean
    NavigationEntry scoringTemplatesNavigationEntry() {
        return new NavigationEntry(35, "/meetings/templates", "nav.templates", Permission.ORGANIZATION_MANAGE);
    }

    @Bean
    NavigationEntry meetingsNavigationEntry() {
        return new NavigationEntry(30, "/meetings", "nav.meetings", Permission.MEETING_VIEW);
    }
}
