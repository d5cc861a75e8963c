package vn.chibo.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The score sheet of a meeting under the template in force: criteria, points (computed or entered), total and band. */
public record ScoreSheet(
        MeetingId meetingId,
        long templateId,
        String templateName,
        String issuingBody,
        LocalDate effectiveFrom,
        List<Line> lines,
        BigDecimal total,
        ScoreBand band,
        boolean saved) {

    /** One criterion with its points; {@code automatic} when computed from the record. */
    public record Line(
            long criterionId,
            int groupNo,
            String groupName,
            String text,
            BigDecimal maxPoints,
            BigDecimal points,
            boolean automatic,
            boolean keyForGood,
            String rule) {}
}
