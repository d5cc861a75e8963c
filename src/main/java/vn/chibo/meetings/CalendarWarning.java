package vn.chibo.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A gap in a year's calendar of one organization, with the month or quarter it concerns. */
public record CalendarWarning(String messageKey, int period) {

    /**
     * What the calendar lacks so far: a month without its regular meeting held, a quarter without a thematic meeting
     * held (QĐ 190 / HD 12: monthly regular, quarterly thematic); only months and quarters over by {@code today} count.
     */
    public static List<CalendarWarning> of(List<MeetingSummary> meetings, int year, LocalDate today) {
        List<CalendarWarning> warnings = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            if (!end.isBefore(today)) {
                break;
            }
            int m = month;
            boolean regular = meetings.stream()
                    .anyMatch(x -> x.kind().isRegular()
                            && x.date().getMonthValue() == m
                            && x.status() != MeetingStatus.PLANNED);
            if (!regular) {
                warnings.add(new CalendarWarning("meeting.warning.noRegular", month));
            }
            if (month % 3 == 0) {
                int quarter = month / 3;
                boolean thematic = meetings.stream()
                        .anyMatch(x -> MeetingRules.on(x.date()).thematic(x.kind(), x.topic())
                                && (x.date().getMonthValue() - 1) / 3 + 1 == quarter
                                && x.status() != MeetingStatus.PLANNED);
                if (!thematic) {
                    warnings.add(new CalendarWarning("meeting.warning.noThematic", quarter));
                }
            }
        }
        return warnings;
    }
}
