package vn.chibo.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meetings.MeetingDetails.Correction;
import vn.chibo.meetings.MeetingDetails.Decision;
import vn.chibo.meetings.MeetingDetails.Guest;
import vn.chibo.meetings.MeetingDetails.Item;
import vn.chibo.meetings.MeetingDetails.Opinion;
import vn.chibo.meetings.MeetingDetails.Report;
import vn.chibo.meetings.MeetingDetails.ScoreSummary;
import vn.chibo.meetings.MeetingDetails.Task;
import vn.chibo.meetings.attendance.MemberRoster;
import vn.chibo.meetings.scoring.Bands;
import vn.chibo.meetings.scoring.MeetingFacts;
import vn.chibo.meetings.scoring.ScoringRule;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Plans, records and scores the meetings of Party organizations. Reading needs MEETING_VIEW on the organization,
 * writing MEETING_RECORD; a closed meeting changes only with a stated reason, kept as a correction and audited.
 */
@Service
public class MeetingManagement {

    private static final String ENTITY = "Meeting";

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;
    private final MemberRoster roster;
    private final MeetingVotes votes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingManagement(
            JdbcClient jdbc,
            OrganizationAccess organizations,
            MemberRoster roster,
            MeetingVotes votes,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.roster = roster;
        this.votes = votes;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    // ---- planning and calendar ----------------------------------------------------------------------------------

    /** Plans a meeting of the organization. */
    @Transactional
    public MeetingId schedule(
            CurrentUser user,
            OrganizationId organization,
            MeetingKind kind,
            LocalDate date,
            String topic,
            String place,
            LocalTime startsAt) {
        organizations.require(user, organization, Permission.MEETING_RECORD);
        if (kind == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (date == null) {
            throw new InvalidInputException("date", "validation.required");
        }
        if (kind == MeetingKind.THEMATIC && isBlank(topic)) {
            throw new InvalidInputException("topic", "meeting.topic.requiredForThematic");
        }
        long id = jdbc.sql(
                        """
                        INSERT INTO meetings.meeting (organization_id, kind, meeting_date, topic, place, starts_at)
                        VALUES (:org, :kind, :date, :topic, :place, :start) RETURNING id
                        """)
                .param("org", organization.value())
                .param("kind", kind.name())
                .param("date", date)
                .param("topic", blankToNull(topic))
                .param("place", blankToNull(place))
                .param("start", startsAt)
                .query(Long.class)
                .single();
        audit.record(
                user,
                "meeting.schedule",
                ENTITY,
                id,
                null,
                Map.of("organizationId", organization.value(), "kind", kind, "date", date.toString()));
        events.publishEvent(new MeetingScheduled(MeetingId.of(id), organization, kind, date));
        return MeetingId.of(id);
    }

    /** The planned meetings on a day, for reminders. */
    @Transactional(readOnly = true)
    public List<MeetingScheduled> plannedOn(LocalDate date) {
        return jdbc.sql("SELECT id, organization_id, kind, meeting_date FROM meetings.meeting WHERE status = 'PLANNED'"
                        + " AND meeting_date = :d ORDER BY id")
                .param("d", date)
                .query((rs, n) -> new MeetingScheduled(
                        MeetingId.of(rs.getLong(1)),
                        OrganizationId.of(rs.getLong(2)),
                        MeetingKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Plans the regular meeting of every month of the year that has none yet, on the given day of the month (or the
     * month's last day when shorter), and returns the meetings created.
     */
    @Transactional
    public List<MeetingId> planYear(
            CurrentUser user, OrganizationId organization, int year, int dayOfMonth, LocalTime startsAt, String place) {
        organizations.require(user, organization, Permission.MEETING_RECORD);
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "validation.invalidValue", year);
        }
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new InvalidInputException("day", "meeting.plan.day");
        }
        List<Integer> planned = jdbc.sql(
                        """
                        SELECT DISTINCT extract(month FROM meeting_date)::int FROM meetings.meeting
                        WHERE organization_id = :org AND kind IN ('REGULAR', 'COMBINED', 'MODEL')
                          AND extract(year FROM meeting_date) = :year
                        """)
                .param("org", organization.value())
                .param("year", year)
                .query(Integer.class)
                .list();
        List<MeetingId> created = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (!planned.contains(month)) {
                LocalDate first = LocalDate.of(year, month, 1);
                LocalDate date = first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
                created.add(schedule(user, organization, MeetingKind.REGULAR, date, null, place, startsAt));
            }
        }
        return created;
    }

    /** The meetings of the organization's subtree between two dates, in date order. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> calendar(CurrentUser user, OrganizationId organization, LocalDate from, LocalDate to) {
        OrganizationScope scope = organizations.scope(user, Permission.MEETING_VIEW);
        String subtree = "";
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        params.put("from", from);
        params.put("to", to);
        if (organization != null) {
            organizations.require(user, organization, Permission.MEETING_VIEW);
            subtree = " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)";
            params.put("org", organization.value());
        }
        return jdbc.sql("SELECT m.id, m.organization_id, o.name AS organization_name, m.kind, m.status,"
                        + " m.meeting_date, m.topic, r.band FROM meetings.meeting m"
                        + " JOIN organizations.organization_tree o ON o.id = m.organization_id"
                        + " LEFT JOIN meetings.score_result r ON r.meeting_id = m.id"
                        + " WHERE " + scope.sqlCondition("o.path") + subtree
                        + " AND m.meeting_date >= :from AND m.meeting_date <= :to"
                        + " ORDER BY m.meeting_date, o.name COLLATE \"vi-x-icu\", m.id")
                .params(params)
                .query((rs, n) -> new MeetingSummary(
                        MeetingId.of(rs.getLong("id")),
                        OrganizationId.of(rs.getLong("organization_id")),
                        rs.getString("organization_name"),
                        MeetingKind.valueOf(rs.getString("kind")),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("topic"),
                        rs.getString("band") == null ? null : ScoreBand.valueOf(rs.getString("band"))))
                .list();
    }

    /**
     * What a year's calendar of one organization lacks so far: a month without its regular meeting, a quarter without
     * a thematic meeting (only months and quarters already over count).
     */
    public List<CalendarWarning> calendarWarnings(List<MeetingSummary> meetings, int year) {
        LocalDate today = LocalDate.now(clock);
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

    /** A gap in a calendar, with the month or quarter it concerns. */
    public record CalendarWarning(String messageKey, int period) {}

    // ---- reading one meeting ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public MeetingDetails details(CurrentUser user, MeetingId id) {
        MeetingRow row = load(id);
        organizations.require(user, row.organizationId(), Permission.MEETING_VIEW);
        return assemble(row);
    }

    private MeetingDetails assemble(MeetingRow row) {
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
        List<Decision> decisions = votes.decisions(id);
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
        ScoreSummary score = jdbc.sql(
                        """
                        SELECT t.name, r.total, r.band FROM meetings.score_result r
                        JOIN meetings.scoring_template t ON t.id = r.template_id WHERE r.meeting_id = :m
                        """)
                .param("m", id)
                .query((rs, n) ->
                        new ScoreSummary(rs.getString(1), rs.getBigDecimal(2), ScoreBand.valueOf(rs.getString(3))))
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
                decisions,
                corrections,
                score,
                warnings(row, counts, decisions));
    }

    /** What the record shows to be short of the rules for the meeting's date. */
    private List<String> warnings(MeetingRow row, AttendanceCounts counts, List<Decision> decisions) {
        List<String> warnings = new ArrayList<>();
        MeetingRecord r = row.record();
        MeetingRules rules = MeetingRules.on(r.date());
        Integer minimum = rules.minimumMinutes(r.kind(), r.topic());
        Long duration = durationMinutes(r);
        if (duration != null && minimum != null && duration < minimum) {
            warnings.add("meeting.warning.short");
        }
        // A local rule (from memory, party-rules §2.5), kept as a rule-set parameter: a warning, never a refusal.
        boolean votesResolution =
                decisions.stream().anyMatch(d -> !DecisionKind.valueOf(d.kind()).membership());
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

    // ---- recording ----------------------------------------------------------------------------------------------

    /** Records or corrects the facts of the session. */
    @Transactional
    public void record(CurrentUser user, MeetingId id, MeetingRecord r, String correctionReason) {
        MeetingRow row = writable(user, id, correctionReason, "record");
        if (r.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (r.date() == null) {
            throw new InvalidInputException("date", "validation.required");
        }
        if (r.startsAt() != null && r.endsAt() != null && !r.endsAt().isAfter(r.startsAt())) {
            throw new InvalidInputException("endsAt", "meeting.endsAt.beforeStart");
        }
        if (r.duesCollected() != null && r.duesCollected() < 0) {
            throw new InvalidInputException("duesCollected", "validation.invalidValue", r.duesCollected());
        }
        if (r.kind() == MeetingKind.THEMATIC && isBlank(r.topic())) {
            throw new InvalidInputException("topic", "meeting.topic.requiredForThematic");
        }
        jdbc.sql(
                        """
                        UPDATE meetings.meeting SET kind = :kind, meeting_date = :date, topic = :topic, place = :place,
                            starts_at = :start, ends_at = :end, chair = :chair, clerk = :clerk,
                            documents_shared_on = :shared, conclusion = :conclusion, dues_collected = :dues,
                            publish_score = :publish, updated_at = now()
                        WHERE id = :id
                        """)
                .param("kind", r.kind().name())
                .param("date", r.date())
                .param("topic", blankToNull(r.topic()))
                .param("place", blankToNull(r.place()))
                .param("start", r.startsAt())
                .param("end", r.endsAt())
                .param("chair", blankToNull(r.chair()))
                .param("clerk", blankToNull(r.clerk()))
                .param("shared", r.documentsSharedOn())
                .param("conclusion", blankToNull(r.conclusion()))
                .param("dues", r.duesCollected())
                .param("publish", r.publishScore())
                .param("id", id.value())
                .update();
        audit.record(user, "meeting.record", ENTITY, id, row.record(), r);
        votes.recount(user, setting(id, row.organizationId(), r.date()));
    }

    /**
     * Takes the attendance list on the meeting's date: for a branch meeting the organization's members as they stood
     * that day (marked present unless exempt, away, suspended or prosecuted) and the members hosted on temporary
     * transfer; for a committee meeting the committee's seats. Entries already listed keep what was recorded for them
     * while it still fits their standing; the votes are recounted.
     */
    @Transactional
    public void takeAttendance(CurrentUser user, MeetingId id, String correctionReason) {
        MeetingRow row = writable(user, id, correctionReason, "attendance");
        MeetingKind kind = row.record().kind();
        List<RosterMember> members =
                roster.roster(user, row.organizationId(), kind, row.record().date());
        // A meeting whose kind changed between a committee's and a branch's keeps no entries of the other list.
        jdbc.sql("DELETE FROM meetings.attendance WHERE meeting_id = :m AND (attendee = 'COMMITTEE_SEAT') <> :seats")
                .param("m", id.value())
                .param("seats", kind.isCommittee())
                .update();
        Map<Long, AttendanceEntry> recorded = new HashMap<>();
        attendance(id.value()).forEach(a -> recorded.put(a.memberId(), a));
        for (RosterMember m : members) {
            AttendanceEntry before = recorded.get(m.memberId());
            Presence presence = before != null
                            && before.kind() == m.kind()
                            && before.presence().fits(m.standing())
                    ? before.presence()
                    : m.usualPresence();
            jdbc.sql(
                            """
                            INSERT INTO meetings.attendance (meeting_id, member_id, full_name, official, presence,
                                attendee, standing, position)
                            VALUES (:m, :member, :name, :official, :presence, :attendee, :standing, :position)
                            ON CONFLICT (meeting_id, member_id) DO UPDATE SET full_name = excluded.full_name,
                                official = excluded.official, presence = excluded.presence,
                                attendee = excluded.attendee, standing = excluded.standing, position = excluded.position,
                                reason = CASE WHEN excluded.presence = meetings.attendance.presence
                                              THEN meetings.attendance.reason END
                            """)
                    .param("m", id.value())
                    .param("member", m.memberId())
                    .param("name", m.fullName())
                    .param("official", m.official())
                    .param("presence", presence.name())
                    .param("attendee", m.kind().name())
                    .param("standing", m.standing().name())
                    .param("position", m.position())
                    .update();
        }
        audit.record(user, "meeting.attendance.take", ENTITY, id, null, Map.of("members", members.size()));
        votes.recount(user, setting(id, row.organizationId(), row.record().date()));
    }

    /** Records how one member stood at the meeting; an absence gives its reason. */
    @Transactional
    public void setPresence(
            CurrentUser user, MeetingId id, long memberId, Presence presence, String reason, String correctionReason) {
        MeetingRow row = writable(user, id, correctionReason, "attendance");
        if (presence == null) {
            throw new InvalidInputException("presence", "validation.required");
        }
        if (presence == Presence.ABSENT_EXCUSED && isBlank(reason)) {
            throw new InvalidInputException("reason", "meeting.absence.reasonRequired");
        }
        AttendanceEntry before = attendance(id.value()).stream()
                .filter(a -> a.memberId() == memberId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Attendance", memberId));
        if (!presence.fits(before.standing())) {
            throw new InvalidInputException(
                    "presence",
                    before.standing() == LegalDenominator.Standing.ACTIVE
                            ? "meeting.presence.notOnRecord"
                            : "meeting.presence.notExpected",
                    before.fullName());
        }
        jdbc.sql(
                        """
                        UPDATE meetings.attendance SET presence = :p, reason = :reason
                        WHERE meeting_id = :m AND member_id = :member
                        """)
                .param("p", presence.name())
                .param("reason", blankToNull(reason))
                .param("m", id.value())
                .param("member", memberId)
                .update();
        audit.record(
                user,
                "meeting.attendance.set",
                ENTITY,
                id,
                before,
                new AttendanceEntry(
                        memberId,
                        before.fullName(),
                        before.official(),
                        presence,
                        blankToNull(reason),
                        before.kind(),
                        before.standing(),
                        before.position()));
        votes.recount(user, setting(id, row.organizationId(), row.record().date()));
    }

    @Transactional
    public long addGuest(
            CurrentUser user, MeetingId id, String fullName, String title, GuestKind kind, String correctionReason) {
        writable(user, id, correctionReason, "guest");
        required("fullName", fullName);
        long guest = jdbc.sql(
                        """
                        INSERT INTO meetings.guest (meeting_id, full_name, title, kind) VALUES (:m, :n, :t, :k)
                        RETURNING id
                        """)
                .param("m", id.value())
                .param("n", fullName.strip())
                .param("t", blankToNull(title))
                .param("k", (kind == null ? GuestKind.OTHER : kind).name())
                .query(Long.class)
                .single();
        audit.record(user, "meeting.guest.add", ENTITY, id, null, Map.of("guest", fullName.strip()));
        return guest;
    }

    @Transactional
    public long addAgendaItem(CurrentUser user, MeetingId id, String title, String correctionReason) {
        writable(user, id, correctionReason, "agenda");
        required("title", title);
        long item = jdbc.sql("INSERT INTO meetings.agenda_item (meeting_id, title) VALUES (:m, :t) RETURNING id")
                .param("m", id.value())
                .param("t", title.strip())
                .query(Long.class)
                .single();
        audit.record(user, "meeting.agenda.add", ENTITY, id, null, Map.of("title", title.strip()));
        return item;
    }

    @Transactional
    public long addReport(
            CurrentUser user,
            MeetingId id,
            String presenter,
            String title,
            String fileName,
            byte[] content,
            String correctionReason) {
        writable(user, id, correctionReason, "report");
        required("presenter", presenter);
        required("title", title);
        if (content != null && content.length > 20 * 1024 * 1024) {
            throw new InvalidInputException("file", "meeting.report.fileTooLarge", 20);
        }
        long report = jdbc.sql(
                        """
                        INSERT INTO meetings.report (meeting_id, presenter, title, file_name, content)
                        VALUES (:m, :p, :t, :f, :c) RETURNING id
                        """)
                .param("m", id.value())
                .param("p", presenter.strip())
                .param("t", title.strip())
                .param("f", content == null || content.length == 0 ? null : blankToNull(fileName))
                .param("c", content == null || content.length == 0 ? null : content)
                .query(Long.class)
                .single();
        audit.record(
                user,
                "meeting.report.add",
                ENTITY,
                id,
                null,
                Map.of("presenter", presenter.strip(), "title", title.strip()));
        return report;
    }

    /** The attached file of a report, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Attachment> reportFile(CurrentUser user, MeetingId id, long reportId) {
        MeetingRow row = load(id);
        organizations.require(user, row.organizationId(), Permission.MEETING_VIEW);
        return jdbc.sql(
                        """
                        SELECT file_name, content FROM meetings.report
                        WHERE id = :r AND meeting_id = :m AND content IS NOT NULL
                        """)
                .param("r", reportId)
                .param("m", id.value())
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** A file attached to a meeting. */
    public record Attachment(String fileName, byte[] content) {}

    @Transactional
    public long addOpinion(
            CurrentUser user, MeetingId id, String speaker, Long memberId, String summary, String correctionReason) {
        writable(user, id, correctionReason, "opinion");
        required("speaker", speaker);
        required("summary", summary);
        long opinion = jdbc.sql(
                        """
                        INSERT INTO meetings.opinion (meeting_id, speaker, member_id, summary)
                        VALUES (:m, :s, :member, :summary) RETURNING id
                        """)
                .param("m", id.value())
                .param("s", speaker.strip())
                .param("member", memberId)
                .param("summary", summary.strip())
                .query(Long.class)
                .single();
        audit.record(user, "meeting.opinion.add", ENTITY, id, null, Map.of("speaker", speaker.strip()));
        return opinion;
    }

    @Transactional
    public long addTask(
            CurrentUser user,
            MeetingId id,
            String assignee,
            String description,
            LocalDate dueOn,
            String correctionReason) {
        writable(user, id, correctionReason, "task");
        required("assignee", assignee);
        required("description", description);
        long task = jdbc.sql(
                        """
                        INSERT INTO meetings.task (meeting_id, assignee, description, due_on)
                        VALUES (:m, :a, :d, :due) RETURNING id
                        """)
                .param("m", id.value())
                .param("a", assignee.strip())
                .param("d", description.strip())
                .param("due", dueOn)
                .query(Long.class)
                .single();
        audit.record(user, "meeting.task.add", ENTITY, id, null, Map.of("assignee", assignee.strip()));
        return task;
    }

    /**
     * Marks a task of the previous meeting done or not, as reviewed at this one: a change to this meeting's record,
     * which once it is closed needs a correction reason like any other.
     */
    @Transactional
    public void setTaskDone(CurrentUser user, MeetingId reviewing, long taskId, boolean done, String correctionReason) {
        MeetingRow row = writable(user, reviewing, correctionReason, "task");
        if (previousTasks(row).stream().noneMatch(t -> t.id() == taskId)) {
            throw new NotFoundException("Task", taskId);
        }
        jdbc.sql("UPDATE meetings.task SET done = :d WHERE id = :t")
                .param("d", done)
                .param("t", taskId)
                .update();
        audit.record(
                user, "meeting.task.done", "MeetingTask", taskId, null, Map.of("done", done, "reviewedAt", reviewing));
    }

    /**
     * Records a resolution or decision with its vote. The legal denominator comes from the attendance; the votes cast
     * cannot exceed the official members present who may vote.
     */
    @Transactional
    public long addDecision(
            CurrentUser user,
            MeetingId id,
            String kind,
            String title,
            String content,
            int agree,
            int disagree,
            int abstain,
            String correctionReason) {
        return addDecision(
                user,
                id,
                new NewDecision(DecisionKind.parse(kind), title, content, null, null, agree, disagree, abstain),
                correctionReason);
    }

    /**
     * A vote to record: a resolution or decision, or an admission (of {@code memberId} or the {@code candidate}) or a
     * recognition of {@code memberId}, which pass with two thirds and go into the member's history.
     */
    public record NewDecision(
            DecisionKind kind,
            String title,
            String content,
            Long memberId,
            String candidate,
            int agree,
            int disagree,
            int abstain) {}

    @Transactional
    public long addDecision(CurrentUser user, MeetingId id, NewDecision d, String correctionReason) {
        MeetingRow row = writable(user, id, correctionReason, "decision");
        return votes.add(
                user,
                setting(id, row.organizationId(), row.record().date()),
                new MeetingVotes.Proposal(
                        d.kind() == null ? DecisionKind.RESOLUTION : d.kind(),
                        d.title(),
                        d.content(),
                        d.memberId(),
                        d.candidate(),
                        new MeetingVotes.Tally(d.agree(), d.disagree(), d.abstain())));
    }

    /** Corrects the figures of a vote already recorded; the result is judged again against the attendance. */
    @Transactional
    public void correctVote(
            CurrentUser user,
            MeetingId id,
            long decisionId,
            int agree,
            int disagree,
            int abstain,
            String correctionReason) {
        MeetingRow row = writable(user, id, correctionReason, "decision");
        votes.correct(
                user,
                setting(id, row.organizationId(), row.record().date()),
                decisionId,
                new MeetingVotes.Tally(agree, disagree, abstain));
    }

    private MeetingVotes.Setting setting(MeetingId id, OrganizationId organization, LocalDate date) {
        return new MeetingVotes.Setting(id, organization, date, attendance(id.value()));
    }

    /** Removes one entry (guest, agenda item, report, opinion, task or decision) of the meeting. */
    @Transactional
    public void remove(CurrentUser user, MeetingId id, String what, long entryId, String correctionReason) {
        writable(user, id, correctionReason, what);
        String table =
                switch (what) {
                    case "guest" -> "meetings.guest";
                    case "agenda" -> "meetings.agenda_item";
                    case "report" -> "meetings.report";
                    case "opinion" -> "meetings.opinion";
                    case "task" -> "meetings.task";
                    case "decision" -> "meetings.decision";
                    default -> throw new NotFoundException("Entry", what);
                };
        int removed = jdbc.sql("DELETE FROM " + table + " WHERE id = :e AND meeting_id = :m")
                .param("e", entryId)
                .param("m", id.value())
                .update();
        if (removed == 0) {
            throw new NotFoundException(what, entryId);
        }
        if (what.equals("decision")) {
            votes.removed(user, entryId);
        }
        audit.record(user, "meeting." + what + ".remove", ENTITY, id, Map.of(what, entryId), null);
    }

    /** The meeting took place: its times and attendance are on record. */
    @Transactional
    public void markHeld(CurrentUser user, MeetingId id) {
        markHeld(user, id, null);
    }

    /**
     * The meeting took place and lasted {@code durationMinutes} from its start (when given, the end time follows from
     * it); its times and attendance must be on record.
     */
    @Transactional
    public void markHeld(CurrentUser user, MeetingId id, Integer durationMinutes) {
        requireStatus(user, id, MeetingStatus.PLANNED, "meeting.status.notPlanned");
        MeetingRow row = writable(user, id, null, "status");
        if (durationMinutes != null) {
            if (durationMinutes <= 0 || durationMinutes > 24 * 60) {
                throw new InvalidInputException("durationMinutes", "validation.invalidValue", durationMinutes);
            }
            if (row.record().startsAt() == null) {
                throw new InvalidInputException("startsAt", "meeting.held.times");
            }
            LocalTime end = row.record().startsAt().plusMinutes(durationMinutes);
            if (!end.isAfter(row.record().startsAt())) {
                throw new InvalidInputException("durationMinutes", "meeting.endsAt.beforeStart");
            }
            jdbc.sql("UPDATE meetings.meeting SET ends_at = :end, updated_at = now() WHERE id = :id")
                    .param("end", end)
                    .param("id", id.value())
                    .update();
            row = load(id);
        }
        if (row.status() != MeetingStatus.PLANNED) {
            throw new InvalidInputException("status", "meeting.status.notPlanned");
        }
        if (row.record().date().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("date", "meeting.held.future");
        }
        if (row.record().startsAt() == null || row.record().endsAt() == null) {
            throw new InvalidInputException("startsAt", "meeting.held.times");
        }
        // A committee meeting's list is the committee's seats on the day (taken like the branch's).
        if (attendance(id.value()).isEmpty()) {
            throw new InvalidInputException("attendance", "meeting.held.attendance");
        }
        setStatus(user, id, row, MeetingStatus.HELD);
    }

    /** Closes the record: from now on it changes only by a correction with its reason. */
    @Transactional
    public void close(CurrentUser user, MeetingId id) {
        requireStatus(user, id, MeetingStatus.HELD, "meeting.status.notHeld");
        MeetingRow row = writable(user, id, null, "status");
        if (row.status() != MeetingStatus.HELD) {
            throw new InvalidInputException("status", "meeting.status.notHeld");
        }
        if (isBlank(row.record().chair())) {
            throw new InvalidInputException("chair", "meeting.close.chair");
        }
        if (isBlank(row.record().clerk())) {
            throw new InvalidInputException("clerk", "meeting.close.clerk");
        }
        setStatus(user, id, row, MeetingStatus.CLOSED);
        jdbc.sql("UPDATE meetings.meeting SET closed_at = now() WHERE id = :id")
                .param("id", id.value())
                .update();
    }

    /** A change of status is refused for its own reason before a closed record asks for a correction's. */
    private void requireStatus(CurrentUser user, MeetingId id, MeetingStatus expected, String messageKey) {
        MeetingRow row = load(id);
        organizations.require(user, row.organizationId(), Permission.MEETING_RECORD);
        if (row.status() != expected) {
            throw new InvalidInputException("status", messageKey);
        }
    }

    private void setStatus(CurrentUser user, MeetingId id, MeetingRow row, MeetingStatus status) {
        jdbc.sql("UPDATE meetings.meeting SET status = :s, updated_at = now() WHERE id = :id")
                .param("s", status.name())
                .param("id", id.value())
                .update();
        audit.record(user, "meeting.status", ENTITY, id, Map.of("status", row.status()), Map.of("status", status));
    }

    // ---- scoring ------------------------------------------------------------------------------------------------

    /** The score sheet under the template in force for the meeting's date and organization. */
    @Transactional(readOnly = true)
    public ScoreSheet scoreSheet(CurrentUser user, MeetingId id) {
        MeetingRow row = load(id);
        organizations.require(user, row.organizationId(), Permission.MEETING_VIEW);
        return sheet(row, Map.of());
    }

    /** Saves the points entered by hand; automatic criteria are computed; the total and band follow. */
    @Transactional
    public ScoreSheet saveScore(CurrentUser user, MeetingId id, Map<Long, BigDecimal> entered) {
        MeetingRow row = load(id);
        organizations.require(user, row.organizationId(), Permission.MEETING_RECORD);
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
        audit.record(user, "meeting.score", ENTITY, id, null, Map.of("total", sheet.total(), "band", sheet.band()));
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
        Long duration = durationMinutes(r);
        List<AttendanceEntry> attendance = attendance(row.id());
        long speakers = jdbc.sql("SELECT count(DISTINCT speaker) FROM meetings.opinion WHERE meeting_id = :m")
                .param("m", row.id())
                .query(Long.class)
                .single();
        List<Task> previous = previousTasks(row);
        return new MeetingFacts(
                r.date(),
                duration,
                MeetingRules.on(r.date()).minimumMinutes(r.kind(), r.topic()),
                AttendanceCounts.of(attendance),
                speakers,
                r.documentsSharedOn(),
                committeeMetBefore(row),
                previous.size(),
                (int) previous.stream().filter(Task::done).count());
    }

    /** Whether the committee of the organization met in the three weeks before the meeting (HD 42-HD/BTCTW). */
    private boolean committeeMetBefore(MeetingRow row) {
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

    // ---- internals ----------------------------------------------------------------------------------------------

    private MeetingRow writable(CurrentUser user, MeetingId id, String correctionReason, String what) {
        MeetingRow row = load(id);
        organizations.require(user, row.organizationId(), Permission.MEETING_RECORD);
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

    private List<AttendanceEntry> attendance(long meetingId) {
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

    private List<Task> tasks(long meetingId) {
        return jdbc.sql(
                        "SELECT id, assignee, description, due_on, done FROM meetings.task WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query(MeetingManagement::task)
                .list();
    }

    /** The tasks given at the organization's previous regular meeting, reviewed at this one. */
    private List<Task> previousTasks(MeetingRow row) {
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
                .query(MeetingManagement::task)
                .list();
    }

    private static Task task(ResultSet rs, int n) throws SQLException {
        return new Task(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5));
    }

    private MeetingRow load(MeetingId id) {
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

    private static void required(String field, String value) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, "validation.required");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private record MeetingRow(
            long id,
            OrganizationId organizationId,
            String organizationName,
            MeetingStatus status,
            MeetingRecord record) {}

    private static Long durationMinutes(MeetingRecord r) {
        return r.startsAt() == null || r.endsAt() == null
                ? null
                : java.time.Duration.between(r.startsAt(), r.endsAt()).toMinutes();
    }
}
