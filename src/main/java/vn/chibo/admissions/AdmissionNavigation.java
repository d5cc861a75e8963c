package vn.chibo.admissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.HomeSection;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the admissions module adds to the navigation and the home page. */
@Configuration(proxyBeanMethods = false)
class AdmissionNavigation {

    /** How far ahead a deadline shows on the home page. */
    static final int DUE_SOON_DAYS = 30;

    @Bean
    NavigationEntry admissionsNavigationEntry() {
        return new NavigationEntry(22, "/admissions", "nav.admissions", Permission.MEMBER_VIEW);
    }

    /** The admissions under way, with the decisions and ceremonies overdue or due within 30 days. */
    @Bean
    HomeSection admissionsHomeSection(AdmissionManagement admissions, Clock clock) {
        return HomeSection.of(8, "admissions/index :: home", user -> {
            if (!user.hasEverywhere(Permission.MEMBER_VIEW)
                    && user.organizationsWith(Permission.MEMBER_VIEW).isEmpty()) {
                return null;
            }
            List<AdmissionSummary> open = admissions.list(user, null).stream()
                    .filter(a -> a.status() == AdmissionStatus.IN_PROGRESS)
                    .toList();
            if (open.isEmpty()) {
                return null;
            }
            LocalDate soon = LocalDate.now(clock).plusDays(DUE_SOON_DAYS);
            List<AdmissionSummary> due = open.stream()
                    .filter(a -> a.due() != null && !a.due().isAfter(soon))
                    .toList();
            return Map.of("open", open.size(), "due", due);
        });
    }
}
