package vn.chibo.elections;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * Convenes a congress of an organization under the higher committee's plan: its number (lần thứ), kind, opening date,
 * the term it opens, where, when the opening date was announced, and whether the higher committee consented to a
 * date outside the term. A committee conference names the congress that elected the committee ({@code parent}).
 */
public record ConveneCongress(
        OrganizationId organization,
        CongressKind kind,
        int number,
        LocalDate openingDate,
        LocalDate termStart,
        LocalDate termEnd,
        String place,
        LocalDate announcedOn,
        DecisionReference plan,
        boolean higherConsent,
        CongressId parent) {

    /** A congress with only what the JSON API requires. */
    public static ConveneCongress of(
            OrganizationId organization,
            CongressKind kind,
            int number,
            LocalDate openingDate,
            LocalDate termStart,
            LocalDate termEnd) {
        return new ConveneCongress(
                organization, kind, number, openingDate, termStart, termEnd, null, null, null, false, null);
    }
}
