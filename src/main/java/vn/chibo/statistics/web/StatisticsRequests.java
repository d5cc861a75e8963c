package vn.chibo.statistics.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.statistics.OrganizationStatistics;
import vn.chibo.statistics.StatisticsFormat;
import vn.chibo.statistics.StatisticsReport;

/**
 * Reads the organization and date of a statistics request as typed (so that a malformed value is refused naming its
 * field, not as a generic type error): no organization means the first one the user may see statistics of, no date
 * means today.
 */
@Component
class StatisticsRequests {

    static final String ORGANIZATION = "organization";
    static final String DATE = "date";
    static final String YEAR = "year";

    private final OrganizationStatistics statistics;

    StatisticsRequests(OrganizationStatistics statistics) {
        this.statistics = statistics;
    }

    /** The report asked for; 403 for a user who may see no statistics at all. */
    StatisticsReport report(CurrentUser user, String organization, String date) {
        return statistics.report(user, organization(user, organization), date(date));
    }

    /** The report for a download, audited. */
    StatisticsReport export(CurrentUser user, String organization, String date, String format) {
        return statistics.export(user, organization(user, organization), date(date), format);
    }

    /** The year typed, or null for a blank text (each report says what it takes then). */
    Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(YEAR, "statistics.year.invalid", value);
        }
        return Integer.valueOf(value);
    }

    LocalDate date(String text) {
        return StatisticsFormat.parseDate(DATE, text, statistics.today());
    }

    OrganizationId organization(CurrentUser user, String text) {
        if (text == null || text.isBlank()) {
            List<OrganizationSummary> choices = statistics.choices(user);
            if (choices.isEmpty()) {
                throw new ForbiddenException("Missing STATISTICS_VIEW");
            }
            return choices.get(0).id();
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id <= 0) {
                throw new NumberFormatException(text);
            }
            return OrganizationId.of(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ORGANIZATION, "statistics.organization.invalid", text.strip());
        }
    }
}
