package vn.chibo.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meetings.MeetingDetails.Task;
import vn.chibo.meetings.MeetingRecords.MeetingRow;
import vn.chibo.meetings.scoring.Bands;
import vn.chibo.meetings.scoring.MeetingFacts;
import vn.chibo.meetings.scoring.ScoringRule;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Scores the quality of a held meeting (chấm điểm chất lượng sinh hoạt) against the template in force for its date and
 * organization: automatic criteria come from the record, the others are entered by hand; the total gives the band.
 */
@Service
public class MeetingScoring {

    private final JdbcClient jdbc;
    private final MeetingRecords records;
    private final OrganizationAccess access;
    private final AuditTrail audit;

    MeetingScoring(JdbcClient jdbc, MeetingRecords records, OrganizationAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.audit = audit;
    }

    /** The score sheet under the template in force for the meeting's date and organization. */
    @Transactional(readOnly = true)
    public ScoreSheet scoreSheet(CurrentUser user, MeetingId id) {
        MeetingRow row = records.load(id);
        access.require(user, row.organizationId(), Permission.MEETING_VIEW);
        return sheet(row, Map.of());
    }

    /** Saves the points entered by hand; automatic criteria are computed; the total and band follow. */
    @Transactional
    public ScoreSheet saveScore(CurrentUser user, MeetingId id, Map<Long, BigDecimal> entered) {
        MeetingRow row = records.load(id);
        access.require(user, row.organizationId(), Permission.MEETING_RECORD);
        if (row.status() == MeetingStatus.PLANNED) {
            throw new InvalidInputException("status", "meeting.score.notHeld");
        }
        ScoreSheet sheet = sheet(row, entered);
        for (ScoreSheet.Line line : sheet.lines()) {
            if (line.points() == null) {
                throw new InvalidInputException(
                        "criterion-" + line.criterionId(), "meeting.score.missing", line.text());
            }
        }
        jdbc.sql("DELETE FROM meetings.score WHERE meeting_id = :m")
                .param("m", id.value())
                .update();
        for (ScoreSheet.Line line : sheet.lines()) {
            jdbc.sql("INSERT INTO meetings.score (meeting_id, criterion_id, points) VALUES (:m, :c, :p)")
                    .param("m", id.value())
                    .param("c", line.criterionId())
                    .param("p", line.points())
                    .update();
        }
        jdbc.sql(
                        """
                        INSERT INTO meetings.score_result (meeting_id, template_id, total, band, scored_by)
                        VALUES (:m, :t, :total, :band, :by)
                        ON CONFLICT (meeting_id) DO UPDATE SET template_id = excluded.template_id,
                            total = excluded.total, band = excluded.band, scored_by = excluded.scored_by,
                            scored_at = now()
                        """)
                .param("m", id.value())
                .param("t", sheet.templateId())
                .param("total", sheet.total())
                .param("band", sheet.band().name())
                .param("by", user.username())
                .update();
        audit.record(
                user,
                "meeting.score",
                MeetingRecords.ENTITY,
                id,
                null,
                Map.of("total", sheet.total(), "band", sheet.band()));
        return new ScoreSheet(
                sheet.meetingId(),
                sheet.templateId(),
                sheet.templateName(),
                sheet.issuingBody(),
                sheet.effectiveFrom(),
                sheet.lines(),
                sheet.total(),
                sheet.band(),
                true);
    }

    private ScoreSheet sheet(MeetingRow row, Map<Long, BigDecimal> entered) {
        record Template(
                long id,
                String name,
                String body,
                LocalDate from,
                BigDecimal good,
                BigDecimal fair,
                BigDecimal average,
                boolean keysAtMaxForGood) {}
        Template template = jdbc.sql(
                        """
                        SELECT t.id, t.name, t.issuing_body, t.effective_from, t.good_min, t.fair_min, t.average_min,
                               t.keys_at_max_for_good
                        FROM meetings.scoring_template t
                        LEFT JOIN organizations.organization_tree scope ON scope.id = t.organization_id
                        JOIN organizations.organization_tree o ON o.id = :org
                        WHERE t.effective_from <= :date AND (t.organization_id IS NULL OR o.path <@ scope.path)
                        ORDER BY t.effective_from DESC, nlevel(scope.path) DESC NULLS LAST, t.id DESC
                        LIMIT 1
                        """)
                .param("org", row.organizationId().value())
                .param("date", row.record().date())
                .query((rs, n) -> new Template(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBoolean(8)))
                .optional()
                .orElseThrow(() -> new InvalidInputException("date", "meeting.score.noTemplate"));
        Map<Long, BigDecimal> saved = new HashMap<>();
        jdbc.sql("SELECT criterion_id, points FROM meetings.score WHERE meeting_id = :m")
                .param("m", row.id())
                .query((rs, n) -> saved.put(rs.getLong(1), rs.getBigDecimal(2)))
                .list();
        MeetingFacts facts = facts(row);
        List<ScoreSheet.Line> lines = new ArrayList<>();
        jdbc.sql(
                        """
                        SELECT id, group_no, group_name, text, max_points, rule, key_for_good
                        FROM meetings.scoring_criterion WHERE template_id = :t ORDER BY group_no, position
                        """)
                .param("t", template.id())
                .query((rs, n) -> {
                    long criterion = rs.getLong("id");
                    BigDecimal max = rs.getBigDecimal("max_points");
                    String rule = rs.getString("rule");
                    BigDecimal points = null;
                    boolean automatic = false;
                    if (rule != null) {
                        OptionalDouble share = ScoringRule.valueOf(rule).score(facts);
                        if (share.isPresent()) {
                            points = max.multiply(BigDecimal.valueOf(share.getAsDouble()))
                                    .setScale(2, RoundingMode.HALF_UP);
                            automatic = true;
                        }
                    }
                    if (!automatic) {
                        points = entered.containsKey(criterion) ? entered.get(criterion) : saved.get(criterion);
                        if (points != null && (points.signum() < 0 || points.compareTo(max) > 0)) {
                            throw new InvalidInputException(
                                    "criterion-" + criterion, "meeting.score.range", rs.getString("text"), max);
                        }
                    }
                    lines.add(new ScoreSheet.Line(
                            criterion,
                            rs.getInt("group_no"),
                            rs.getString("group_name"),
                            rs.getString("text"),
                            max,
                            points,
                            automatic,
                            rs.getBoolean("key_for_good"),
                            rule));
                    return null;
                })
                .list();
        BigDecimal total = lines.stream()
                .map(l -> l.points() == null ? BigDecimal.ZERO : l.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        // Party-rules §2.4: "Tốt" needs the key criteria at their maximum only on the templates whose source says so.
        boolean keysAtMax = !template.keysAtMaxForGood()
                || lines.stream()
                        .filter(ScoreSheet.Line::keyForGood)
                        .allMatch(l -> l.points() != null && l.points().compareTo(l.maxPoints()) >= 0);
        ScoreBand band = Bands.band(total, keysAtMax, template.good(), template.fair(), template.average());
        boolean isSaved = !saved.isEmpty();
        return new ScoreSheet(
                MeetingId.of(row.id()),
                template.id(),
                template.name(),
                template.body(),
                template.from(),
                lines,
                total,
                band,
                isSaved);
    }

    private MeetingFacts facts(MeetingRow row) {
        MeetingRecord r = row.record();
        Long duration = MeetingRecords.durationMinutes(r);
        List<AttendanceEntry> attendance = records.attendance(row.id());
        long speakers = jdbc.sql("SELECT count(DISTINCT speaker) FROM meetings.opinion WHERE meeting_id = :m")
                .param("m", row.id())
                .query(Long.class)
                .single();
        List<Task> previous = records.previousTasks(row);
        return new MeetingFacts(
                r.date(),
                duration,
                MeetingRules.on(r.date()).minimumMinutes(r.kind(), r.topic()),
                AttendanceCounts.of(attendance),
                speakers,
                r.documentsSharedOn(),
                records.committeeMetBefore(row),
                previous.size(),
                (int) previous.stream().filter(Task::done).count());
    }
}
