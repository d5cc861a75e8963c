package vn.chibo.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.chibo.organizations.OrganizationId;

/**
 * A committee's guidance of the branch meetings of a month (hướng dẫn nội dung sinh hoạt chi bộ hằng tháng).
 * {@code late}: issued after the 20th of the month before, the deadline many committees set so that branches can
 * prepare (a practice, not a rule of the Party's regulations: shown, never refused).
 */
public record MonthlyGuidance(
        long id,
        OrganizationId organizationId,
        String organizationName,
        YearMonth month,
        String documentNumber,
        LocalDate issuedOn,
        String content,
        String thematicTopic,
        boolean late) {

    /** The day by which committees that follow the practice issue the guidance of {@code month}. */
    public static LocalDate expectedBy(YearMonth month) {
        return month.minusMonths(1).atDay(20);
    }

    /** The day by which this guidance was expected (the 20th of the month before). */
    public LocalDate expectedBy() {
        return expectedBy(month);
    }
}
