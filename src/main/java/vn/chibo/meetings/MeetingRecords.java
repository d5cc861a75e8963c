package vn.chibo.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.meetings.MeetingDetails.Correction;
import vn.chibo.meetings.MeetingDetails.Guest;
import vn.chibo.meetings.MeetingDetails.Item;
import vn.chibo.meetings.MeetingDetails.Opinion;
import vn.chibo.meetings.MeetingDetails.QualityScore;
import vn.chibo.meetings.MeetingDetails.Report;
import vn.chibo.meetings.MeetingDetails.Resolution;
import vn.chibo.meetings.MeetingDetails.Task;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The stored meetings as the recording, reading and scoring beans share them: one meeting's row, its attendance, the
 * tasks given and reviewed, and the gate every change passes ({@link #writable}).
 */
@Component
class MeetingRecords {

    static final String ENTITY = "Meeting";

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final MeetingVotes votes;

    MeetingRecords(JdbcClient jdbc, OrganizationAccess access, AuditTrail audit, MeetingVotes votes) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.votes = votes;
    }

    /** The read model of the meeting's whole record; the caller has checked the user may see it. */
    MeetingDetails details(MeetingRow row) {
        long id = row.id();
        List<AttendanceEntry> attendance = attendance(id);
        AttendanceCounts counts = AttendanceCounts.of(attendance);
        List<Guest> guests = jdbc.sql(
                        "SELECT id, full_name, title, kind FROM meetings.guest WHERE meeting_id = :m ORDER BY id")
                .param("m", id)
                .query((rs, n) ->
                        new Guest(rs.getLong(1), rs.getString(2), rs.getString(3), GuestKind.valueOf(rs.getString(4))))
                .list();
        List<Item> agenda = jdbc.sql("SELECT id, title FROM meetings.agenda_item WHERE meeting_id = :m ORDER BY id")
                .param("m", id)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2)))
                .list();
        List<Report> reports = jdbc.sql(
                        "SELECT id, presenter, title, file_name FROM meetings.report WHERE meeting_id = :m ORDER BY id")
                .param("m", id)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<Opinion> opinions = jdbc.sql(
                        "SELECT id, speaker, member_id, summary FROM meetings.opinion WHERE meeting_id = :m ORDER BY id")
                .param("m", id)
                .query((rs, n) ->
                        new Opinion(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)))
                .list();
        List<Resolution> resolutions = votes.resolutions(id);
        List<Correction> corrections = jdbc.sql(
                        """
                        SELECT corrected_at, corrected_by, what, reason FROM meetings.correction
                        WHERE meeting_id = :m ORDER BY corrected_at
                        """)
                .param("m", id)
                .query((rs, n) -> new Correction(
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
        QualityScore score = jdbc.sql(
                        """
                        SELECT t.name, r.total, r.band FROM meetings.score_result r
                        JOIN meetings.scoring_template t ON t.id = r.template_id WHERE r.meeting_id = :m
                        """)
                .param("m", id)
                .query((rs, n) ->
                        new QualityScore(rs.getString(1), rs.getBigDecimal(2), ScoreBand.valueOf(rs.getString(3))))
                .optional()
                .orElse(null);
        return new MeetingDetails(
                MeetingId.of(id),
                row.organizationId(),
                row.organizationName(),
                row.status(),
                row.record(),
                guests,
                attendance,
                counts,
                agenda,
                reports,
                opinions,
                tasks(id),
                previousTasks(row),
                resolutions,
                corrections,
                score,
                warnings(row, counts, resolutions));
    }

    /** What the record shows to be short of the rules for the meeting's date. */
    private List<String> warnings(MeetingRow row, AttendanceCounts counts, List<Resolution> resolutions) {
        List<String> warnings = new ArrayList<>();
        MeetingRecord r = row.record();
        MeetingRules rules = MeetingRules.on(r.date());
        Integer minimum = rules.minimumMinutes(r.kind(), r.topic());
        Long duration = durationMinutes(r);
        if (duration != null && minimum != null && duration < minimum) {
            warnings.add("meeting.warning.short");
        }
        // A local rule (from memory, party-rules §2.5), kept as a rule-set parameter: a warning, never a refusal.
        boolean votesResolution = resolutions.stream().anyMatch(d -> !d.kind().membership());
        if (votesResolution && rules.attendanceWarning(counts)) {
            warnings.add("meeting.warning.attendance");
        }
        if (!r.kind().isCommittee() && r.kind() != MeetingKind.REVIEW_CONFERENCE) {
            if (r.documentsSharedOn() == null || !r.documentsSharedOn().isBefore(r.date())) {
                warnings.add("meeting.warning.documentsLate");
            }
            if (r.kind().isRegular() && !committeeMetBefore(row)) {
                warnings.add("meeting.warning.noCommittee");
            }
        }
        return warnings;
    }

    /**
     * The meeting, if the user may record on its organization; a change to a closed record needs a reason, which is kept
     * as a correction and audited.
     */
    MeetingRow writable(CurrentUser user, MeetingId id, String correctionReason, String what) {
        MeetingRow row = load(id);
        access.require(user, row.organizationId(), Permission.MEETING_RECORD);
        if (row.status() == MeetingStatus.CLOSED) {
            if (isBlank(correctionReason)) {
                throw new InvalidInputException("correctionReason", "meeting.closed.reasonRequired");
            }
            jdbc.sql(
                            """
                            INSERT INTO meetings.correction (meeting_id, corrected_by, what, reason)
                            VALUES (:m, :by, :what, :reason)
                            """)
                    .param("m", id.value())
                    .param("by", user.username())
                    .param("what", what)
                    .param("reason", correctionReason.strip())
                    .update();
            audit.record(
                    user,
                    "meeting.correct",
                    ENTITY,
                    id,
                    null,
                    Map.of("what", what, "reason", correctionReason.strip()));
        }
        return row;
    }

    List<AttendanceEntry> attendance(long meetingId) {
        return jdbc.sql(
                        """
                        SELECT member_id, full_name, official, presence, reason, attendee, standing, position
                        FROM meetings.attendance WHERE meeting_id = :m
                        ORDER BY attendee = 'HOSTED',
                                 CASE position WHEN 'SECRETARY' THEN 0 WHEN 'DEPUTY_SECRETARY' THEN 1
                                     WHEN 'STANDING_MEMBER' THEN 2 ELSE 3 END,
                                 platform.fold(split_part(full_name, ' ', array_length(string_to_array(full_name, ' '), 1)))
                                 COLLATE "vi-x-icu", full_name COLLATE "vi-x-icu"
                        """)
                .param("m", meetingId)
                .query((rs, n) -> new AttendanceEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        Presence.valueOf(rs.getString(4)),
                        rs.getString(5),
                        AttendeeKind.valueOf(rs.getString(6)),
                        LegalDenominator.Standing.valueOf(rs.getString(7)),
                        rs.getString(8)))
                .list();
    }

    List<Task> tasks(long meetingId) {
        return jdbc.sql(
                        "SELECT id, assignee, description, due_on, done FROM meetings.task WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query(MeetingRecords::task)
                .list();
    }

    /** The tasks given at the organization's previous regular meeting, reviewed at this one. */
    List<Task> previousTasks(MeetingRow row) {
        return jdbc.sql(
                        """
                        SELECT t.id, t.assignee, t.description, t.due_on, t.done FROM meetings.task t
                        WHERE t.meeting_id = (
                            SELECT id FROM meetings.meeting
                            WHERE organization_id = :org AND kind IN ('REGULAR', 'COMBINED', 'MODEL')
                              AND status <> 'PLANNED' AND meeting_date < :d
                            ORDER BY meeting_date DESC, id DESC LIMIT 1)
                        ORDER BY t.id
                        """)
                .param("org", row.organizationId().value())
                .param("d", row.record().date())
                .query(MeetingRecords::task)
                .list();
    }

    private static Task task(ResultSet rs, int n) throws SQLException {
        return new Task(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5));
    }

    MeetingRow load(MeetingId id) {
        return jdbc.sql(
                        """
                        SELECT m.*, o.name AS organization_name FROM meetings.meeting m
                        JOIN organizations.organization_tree o ON o.id = m.organization_id WHERE m.id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MeetingRow(
                        rs.getLong("id"),
                        OrganizationId.of(rs.getLong("organization_id")),
                        rs.getString("organization_name"),
                        MeetingStatus.valueOf(rs.getString("status")),
                        new MeetingRecord(
                                MeetingKind.valueOf(rs.getString("kind")),
                                rs.getObject("meeting_date", LocalDate.class),
                                rs.getString("topic"),
                                rs.getString("place"),
                                rs.getObject("starts_at", LocalTime.class),
                                rs.getObject("ends_at", LocalTime.class),
                                rs.getString("chair"),
                                rs.getString("clerk"),
                                rs.getObject("documents_shared_on", LocalDate.class),
                                rs.getString("conclusion"),
                                rs.getObject("dues_collected", Long.class),
                                rs.getBoolean("publish_score"))))
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    static void required(String field, String value) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, "validation.required");
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether the committee of the organization met in the three weeks before the meeting (HD 42-HD/BTCTW). */
    boolean committeeMetBefore(MeetingRow row) {
        return jdbc.sql(
                                """
                                SELECT count(*) FROM meetings.meeting
                                WHERE organization_id = :org AND kind = 'COMMITTEE' AND status <> 'PLANNED'
                                  AND meeting_date < :d AND meeting_date >= :d - 21 AND id <> :id
                                """)
                        .param("org", row.organizationId().value())
                        .param("d", row.record().date())
                        .param("id", row.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Minutes from start to end, when both times are on record. */
    static Long durationMinutes(MeetingRecord r) {
        return r.startsAt() == null || r.endsAt() == null
                ? null
                : java.time.Duration.between(r.startsAt(), r.endsAt()).toMinutes();
    }

    /** The meeting's setting for its votes: organization, date and the attendance that gives the legal denominator. */
    MeetingVotes.Setting voteSetting(MeetingId id, OrganizationId organization, LocalDate date) {
        return new MeetingVotes.Setting(id, organization, date, attendance(id.value()));
    }

    record MeetingRow(
            long id,
            OrganizationId organizationId,
            String organizationName,
            MeetingStatus status,
            MeetingRecord record) {}
}
