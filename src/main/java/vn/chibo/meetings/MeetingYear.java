package vn.chibo.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * An organization's own year of meetings as its year-end self-assessment reads it: the months over by the review that
 * had their regular meeting, the quarters that had a thematic one, the meetings held, and the quality bands and
 * average score of those scored. Months before the organization's first meeting in ChiBo are not counted as missing:
 * its records begin there. Counts only; for those who may read the organization's meetings.
 */
@Service
public class MeetingYear {

    private final JdbcClient jdbc;
    private final OrganizationAccess access;

    MeetingYear(JdbcClient jdbc, OrganizationAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The year up to {@code asOf} (a month or quarter counts once it is over by then, and from the month ChiBo's records
     * of the organization begin).
     *
     * @param recordedFrom the day of the organization's first meeting in ChiBo, planned or held (null: none)
     * @param monthsOver the months of the year over by {@code asOf} and recorded
     * @param monthsWithoutRegular those of them without a regular meeting held
     * @param quartersOver the quarters over by {@code asOf} and recorded from their first month
     * @param quartersWithoutThematic those of them without a thematic meeting held
     * @param held the organization's meetings held in the year up to {@code asOf}, of every kind
     * @param bands the quality bands of those scored, in band order
     * @param averageScore their average score, one decimal, or null when none was scored
     */
    public record Summary(
            int year,
            LocalDate asOf,
            LocalDate recordedFrom,
            int monthsOver,
            List<Integer> monthsWithoutRegular,
            int quartersOver,
            List<Integer> quartersWithoutThematic,
            int held,
            Map<ScoreBand, Integer> bands,
            BigDecimal averageScore) {

        /** Whether ChiBo holds the organization's meetings for any month of the year up to {@code asOf}. */
        public boolean recorded() {
            return recordedFrom != null && recordedFrom.getYear() <= year && recordedFrom.isBefore(asOf);
        }

        /** Whether the records begin within the year, after its first month. */
        public boolean recordedFromWithinYear() {
            return recorded() && recordedFrom.getYear() == year && recordedFrom.getMonthValue() > 1;
        }

        public Summary {
            monthsWithoutRegular = List.copyOf(monthsWithoutRegular);
            quartersWithoutThematic = List.copyOf(quartersWithoutThematic);
            bands = Map.copyOf(bands);
        }

        /** The meetings scored. */
        public int scored() {
            return bands.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The count of one band (0 when none). */
        public int count(ScoreBand band) {
            return bands.getOrDefault(band, 0);
        }
    }

    /** The year, or empty for someone who may not read the organization's meetings. */
    @Transactional(readOnly = true)
    public Optional<Summary> of(CurrentUser user, OrganizationId organization, int year, LocalDate asOf) {
        if (!access.permissions(user, organization).contains(Permission.MEETING_VIEW)) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = asOf.isBefore(LocalDate.of(year, 12, 31)) ? asOf : LocalDate.of(year, 12, 31);
        record Row(MeetingSummary meeting, BigDecimal total) {}
        List<Row> rows = last.isBefore(first)
                ? List.of()
                : jdbc.sql("SELECT m.id, m.kind, m.status, m.meeting_date, m.topic, r.band, r.total"
                                + " FROM meetings.meeting m LEFT JOIN meetings.score_result r ON r.meeting_id = m.id"
                                + " WHERE m.organization_id = :org AND m.status <> 'PLANNED'"
                                + " AND m.meeting_date >= :from AND m.meeting_date <= :to ORDER BY m.meeting_date")
                        .param("org", organization.value())
                        .param("from", first)
                        .param("to", last)
                        .query((rs, n) -> new Row(
                                new MeetingSummary(
                                        MeetingId.of(rs.getLong("id")),
                                        organization,
                                        null,
                                        MeetingKind.valueOf(rs.getString("kind")),
                                        MeetingStatus.valueOf(rs.getString("status")),
                                        rs.getObject("meeting_date", LocalDate.class),
                                        rs.getString("topic"),
                                        rs.getString("band") == null ? null : ScoreBand.valueOf(rs.getString("band"))),
                                rs.getBigDecimal("total")))
                        .list();
        LocalDate recordedFrom = jdbc.sql("SELECT min(meeting_date) FROM meetings.meeting WHERE organization_id = :org")
                .param("org", organization.value())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        // The first month counted: January, or the month the records begin in that year (none before them).
        int firstMonth = recordedFrom == null || recordedFrom.getYear() > year
                ? 13
                : recordedFrom.getYear() < year ? 1 : recordedFrom.getMonthValue();
        List<MeetingSummary> meetings = rows.stream().map(Row::meeting).toList();
        List<Integer> withoutRegular = new ArrayList<>();
        List<Integer> withoutThematic = new ArrayList<>();
        for (CalendarWarning w : CalendarWarning.of(meetings, year, asOf)) {
            if (w.messageKey().equals("meeting.warning.noRegular")) {
                if (w.period() >= firstMonth) {
                    withoutRegular.add(w.period());
                }
            } else if (w.period() * 3 - 2 >= firstMonth) {
                withoutThematic.add(w.period());
            }
        }
        int monthsOver = 0;
        int quartersOver = 0;
        for (int month = firstMonth; month <= 12; month++) {
            if (LocalDate.of(year, month, 1).plusMonths(1).minusDays(1).isBefore(asOf)) {
                monthsOver++;
                if (month % 3 == 0 && month - 2 >= firstMonth) {
                    quartersOver++;
                }
            }
        }
        Map<ScoreBand, Integer> bands = new EnumMap<>(ScoreBand.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (Row row : rows) {
            if (row.meeting().band() != null) {
                bands.merge(row.meeting().band(), 1, Integer::sum);
                sum = sum.add(row.total());
            }
        }
        int scored = bands.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(new Summary(
                year,
                asOf,
                recordedFrom,
                monthsOver,
                withoutRegular,
                quartersOver,
                withoutThematic,
                rows.size(),
                bands,
                scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP)));
    }
}
