package vn.chibo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meetings.MeetingRecords.MeetingRow;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The record of a meeting (biên bản): its facts, attendance, guests, agenda, reports, opinions, tasks and votes, and
 * its life from planned to held to closed. Reading needs MEETING_VIEW on the organization, writing MEETING_RECORD; a
 * closed meeting changes only with a stated reason, kept as a correction and audited. Planning is
 * {@link MeetingPlanning}'s, scoring {@link MeetingScoring}'s.
 */
@Service
public class MeetingManagement {

    private static final String ENTITY = MeetingRecords.ENTITY;

    private final JdbcClient jdbc;
    private final MeetingRecords records;
    private final OrganizationAccess access;
    private final MeetingVotes votes;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingManagement(
            JdbcClient jdbc,
            MeetingRecords records,
            OrganizationAccess access,
            MeetingVotes votes,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.votes = votes;
        this.audit = audit;
        this.clock = clock;
    }

    /** One meeting with its whole record, if the user may see its organization. */
    @Transactional(readOnly = true)
    public MeetingDetails details(CurrentUser user, MeetingId id) {
        MeetingRow row = records.load(id);
        access.require(user, row.organizationId(), Permission.MEETING_VIEW);
        return records.details(row);
    }

    /**
     * Checks that the user may change the meeting's record (MEETING_RECORD on its organization): 404 when she may not
     * see the organization, 403 when she may see but not record. The pages check this before they read what was sent.
     */
    @Transactional(readOnly = true)
    public void requireRecording(CurrentUser user, MeetingId id) {
        access.require(user, records.load(id).organizationId(), Permission.MEETING_RECORD);
    }

    /** Records or corrects the facts of the session. */
    @Transactional
    public void record(CurrentUser user, MeetingId id, MeetingRecord r, String correctionReason) {
        MeetingRow row = records.writable(user, id, correctionReason, "record");
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
        if (r.kind() == MeetingKind.THEMATIC && MeetingRecords.isBlank(r.topic())) {
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
                .param("topic", InputText.blankToNull(r.topic()))
                .param("place", InputText.blankToNull(r.place()))
                .param("start", r.startsAt())
                .param("end", r.endsAt())
                .param("chair", InputText.blankToNull(r.chair()))
                .param("clerk", InputText.blankToNull(r.clerk()))
                .param("shared", r.documentsSharedOn())
                .param("conclusion", InputText.blankToNull(r.conclusion()))
                .param("dues", r.duesCollected())
                .param("publish", r.publishScore())
                .param("id", id.value())
                .update();
        audit.record(user, "meeting.record", ENTITY, id, row.record(), r);
        votes.recount(user, records.voteSetting(id, row.organizationId(), r.date()));
    }

    @Transactional
    public long addGuest(
            CurrentUser user, MeetingId id, String fullName, String title, GuestKind kind, String correctionReason) {
        records.writable(user, id, correctionReason, "guest");
        MeetingRecords.required("fullName", fullName);
        return addEntry(
                user,
                id,
                "guest",
                columns(
                        "full_name",
                        fullName.strip(),
                        "title",
                        InputText.blankToNull(title),
                        "kind",
                        (kind == null ? GuestKind.OTHER : kind).name()),
                "meeting.guest.add",
                Map.of("guest", fullName.strip()));
    }

    @Transactional
    public long addAgendaItem(CurrentUser user, MeetingId id, String title, String correctionReason) {
        records.writable(user, id, correctionReason, "agenda");
        MeetingRecords.required("title", title);
        return addEntry(
                user,
                id,
                "agenda_item",
                columns("title", title.strip()),
                "meeting.agenda.add",
                Map.of("title", title.strip()));
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
        records.writable(user, id, correctionReason, "report");
        MeetingRecords.required("presenter", presenter);
        MeetingRecords.required("title", title);
        if (content != null && content.length > 20 * 1024 * 1024) {
            throw new InvalidInputException("file", "meeting.report.fileTooLarge", 20);
        }
        boolean file = content != null && content.length > 0;
        return addEntry(
                user,
                id,
                "report",
                columns(
                        "presenter",
                        presenter.strip(),
                        "title",
                        title.strip(),
                        "file_name",
                        file ? InputText.blankToNull(fileName) : null,
                        "content",
                        file ? content : null),
                "meeting.report.add",
                Map.of("presenter", presenter.strip(), "title", title.strip()));
    }

    /** The attached file of a report, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Attachment> reportFile(CurrentUser user, MeetingId id, long reportId) {
        MeetingRow row = records.load(id);
        access.require(user, row.organizationId(), Permission.MEETING_VIEW);
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

    /**
     * Adds a row to one of the lists of a meeting's record (its guests, agenda, reports, opinions, tasks) and audits it
     * as {@code action} with {@code audited}: {@code columns} are the row's columns besides {@code meeting_id}, by
     * name. The new row's id.
     */
    private long addEntry(
            CurrentUser user,
            MeetingId id,
            String table,
            Map<String, Object> columns,
            String action,
            Map<String, ?> audited) {
        String names = String.join(", ", columns.keySet());
        String values = ":" + String.join(", :", columns.keySet());
        long entry = jdbc.sql("INSERT INTO meetings." + table + " (meeting_id, " + names + ") VALUES (:meeting_id, "
                        + values + ") RETURNING id")
                .param("meeting_id", id.value())
                .params(columns)
                .query(Long.class)
                .single();
        audit.record(user, action, ENTITY, id, null, audited);
        return entry;
    }

    /** Column names and values in turn, as a map that keeps their order and may hold nulls. */
    private static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    /** A file attached to a meeting. */
    public record Attachment(String fileName, byte[] content) {}

    @Transactional
    public long addOpinion(
            CurrentUser user, MeetingId id, String speaker, Long memberId, String summary, String correctionReason) {
        records.writable(user, id, correctionReason, "opinion");
        MeetingRecords.required("speaker", speaker);
        MeetingRecords.required("summary", summary);
        return addEntry(
                user,
                id,
                "opinion",
                columns("speaker", speaker.strip(), "member_id", memberId, "summary", summary.strip()),
                "meeting.opinion.add",
                Map.of("speaker", speaker.strip()));
    }

    @Transactional
    public long addTask(
            CurrentUser user,
            MeetingId id,
            String assignee,
            String description,
            LocalDate dueOn,
            String correctionReason) {
        records.writable(user, id, correctionReason, "task");
        MeetingRecords.required("assignee", assignee);
        MeetingRecords.required("description", description);
        return addEntry(
                user,
                id,
                "task",
                columns("assignee", assignee.strip(), "description", description.strip(), "due_on", dueOn),
                "meeting.task.add",
                Map.of("assignee", assignee.strip()));
    }

    /**
     * Marks a task of the previous meeting done or not, as reviewed at this one: a change to this meeting's record,
     * which once it is closed needs a correction reason like any other.
     */
    @Transactional
    public void setTaskDone(CurrentUser user, MeetingId reviewing, long taskId, boolean done, String correctionReason) {
        MeetingRow row = records.writable(user, reviewing, correctionReason, "task");
        if (records.previousTasks(row).stream().noneMatch(t -> t.id() == taskId)) {
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
     * Records a resolution or conclusion with its vote. The legal denominator comes from the attendance; the votes cast
     * cannot exceed the official members present who may vote.
     */
    @Transactional
    public long addResolution(
            CurrentUser user,
            MeetingId id,
            String kind,
            String title,
            String content,
            int agree,
            int disagree,
            int abstain,
            String correctionReason) {
        return addResolution(
                user,
                id,
                new NewResolution(ResolutionKind.parse(kind), title, content, null, null, agree, disagree, abstain),
                correctionReason);
    }

    /**
     * A vote to record: a resolution or conclusion, or an admission (of {@code memberId} or the {@code candidate}) or a
     * recognition of {@code memberId}, which pass with two thirds and go into the member's history.
     */
    public record NewResolution(
            ResolutionKind kind,
            String title,
            String content,
            Long memberId,
            String candidate,
            int agree,
            int disagree,
            int abstain) {}

    @Transactional
    public long addResolution(CurrentUser user, MeetingId id, NewResolution r, String correctionReason) {
        MeetingRow row = records.writable(user, id, correctionReason, "decision");
        return votes.add(
                user,
                records.voteSetting(id, row.organizationId(), row.record().date()),
                new MeetingVotes.Proposal(
                        r.kind() == null ? ResolutionKind.RESOLUTION : r.kind(),
                        r.title(),
                        r.content(),
                        r.memberId(),
                        r.candidate(),
                        new MeetingVotes.Tally(r.agree(), r.disagree(), r.abstain())));
    }

    /** Corrects the figures of a vote already recorded; the result is judged again against the attendance. */
    @Transactional
    public void correctVote(
            CurrentUser user,
            MeetingId id,
            long resolutionId,
            int agree,
            int disagree,
            int abstain,
            String correctionReason) {
        MeetingRow row = records.writable(user, id, correctionReason, "decision");
        votes.correct(
                user,
                records.voteSetting(id, row.organizationId(), row.record().date()),
                resolutionId,
                new MeetingVotes.Tally(agree, disagree, abstain));
    }

    /** Removes one entry (guest, agenda item, report, opinion, task or resolution) of the meeting. */
    @Transactional
    public void remove(CurrentUser user, MeetingId id, String what, long entryId, String correctionReason) {
        records.writable(user, id, correctionReason, what);
        // "decision" is the pages' and URLs' word for a resolution, kept so that links and stored corrections hold.
        String table =
                switch (what) {
                    case "guest" -> "meetings.guest";
                    case "agenda" -> "meetings.agenda_item";
                    case "report" -> "meetings.report";
                    case "opinion" -> "meetings.opinion";
                    case "task" -> "meetings.task";
                    case "decision" -> "meetings.resolution";
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
        MeetingRow row = records.writable(user, id, null, "status");
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
            row = records.load(id);
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
        if (records.attendance(id.value()).isEmpty()) {
            throw new InvalidInputException("attendance", "meeting.held.attendance");
        }
        setStatus(user, id, row, MeetingStatus.HELD);
    }

    /** Closes the record: from now on it changes only by a correction with its reason. */
    @Transactional
    public void close(CurrentUser user, MeetingId id) {
        requireStatus(user, id, MeetingStatus.HELD, "meeting.status.notHeld");
        MeetingRow row = records.writable(user, id, null, "status");
        if (row.status() != MeetingStatus.HELD) {
            throw new InvalidInputException("status", "meeting.status.notHeld");
        }
        if (MeetingRecords.isBlank(row.record().chair())) {
            throw new InvalidInputException("chair", "meeting.close.chair");
        }
        if (MeetingRecords.isBlank(row.record().clerk())) {
            throw new InvalidInputException("clerk", "meeting.close.clerk");
        }
        setStatus(user, id, row, MeetingStatus.CLOSED);
        jdbc.sql("UPDATE meetings.meeting SET closed_at = now() WHERE id = :id")
                .param("id", id.value())
                .update();
    }

    /** A change of status is refused for its own reason before a closed record asks for a correction's. */
    private void requireStatus(CurrentUser user, MeetingId id, MeetingStatus expected, String messageKey) {
        MeetingRow row = records.load(id);
        access.require(user, row.organizationId(), Permission.MEETING_RECORD);
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
}
