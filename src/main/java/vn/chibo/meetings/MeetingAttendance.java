package vn.chibo.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meetings.MeetingRecords.MeetingRow;
import vn.chibo.meetings.attendance.MemberRoster;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The attendance list of a meeting: taken from the roster of the meeting's date, then who was present or absent and
 * why. Every change recounts the votes already recorded, whose legal denominator is this list.
 */
@Service
public class MeetingAttendance {

    private static final String ENTITY = MeetingRecords.ENTITY;

    private final JdbcClient jdbc;
    private final MeetingRecords records;
    private final MemberRoster roster;
    private final MeetingVotes votes;
    private final AuditTrail audit;
    private final OrganizationAccess access;

    MeetingAttendance(
            JdbcClient jdbc,
            MeetingRecords records,
            MemberRoster roster,
            MeetingVotes votes,
            AuditTrail audit,
            OrganizationAccess access) {
        this.jdbc = jdbc;
        this.records = records;
        this.roster = roster;
        this.votes = votes;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Who a meeting's list will hold before its attendance is taken: the roster of its date, as {@link
     * #takeAttendance} would list it (for the sign-in sheet printed ahead of the day); nothing is written.
     */
    @Transactional(readOnly = true)
    public List<RosterMember> expected(CurrentUser user, MeetingId id) {
        MeetingRow row = records.load(id);
        access.require(user, row.organizationId(), Permission.MEETING_VIEW);
        return roster.roster(
                user, row.organizationId(), row.record().kind(), row.record().date());
    }

    /**
     * Takes the attendance list on the meeting's date: for a branch meeting the organization's members as they stood
     * that day (marked present unless exempt, away, suspended or prosecuted) and the members hosted on temporary
     * transfer; for a committee meeting the committee's seats. Entries already listed keep what was recorded for them
     * while it still fits their standing; the votes are recounted.
     */
    @Transactional
    public void takeAttendance(CurrentUser user, MeetingId id, String correctionReason) {
        MeetingRow row = records.writable(user, id, correctionReason, "attendance");
        MeetingKind kind = row.record().kind();
        List<RosterMember> members =
                roster.roster(user, row.organizationId(), kind, row.record().date());
        // A meeting whose kind changed between a committee's and a branch's keeps no entries of the other list.
        jdbc.sql("DELETE FROM meetings.attendance WHERE meeting_id = :m AND (attendee = 'COMMITTEE_SEAT') <> :seats")
                .param("m", id.value())
                .param("seats", kind.isCommittee())
                .update();
        Map<Long, AttendanceEntry> recorded = new HashMap<>();
        records.attendance(id.value()).forEach(a -> recorded.put(a.memberId(), a));
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
        votes.recount(
                user, records.voteSetting(id, row.organizationId(), row.record().date()));
    }

    /** One member's presence as a form sends it. */
    public record PresenceChange(long memberId, Presence presence, String reason) {}

    /**
     * Records the presence of several members at once, in one transaction: one refused change (an absence without its
     * reason) leaves every member as she was.
     */
    @Transactional
    public void setPresences(
            CurrentUser user, MeetingId id, java.util.List<PresenceChange> changes, String correctionReason) {
        for (PresenceChange c : changes) {
            setPresence(user, id, c.memberId(), c.presence(), c.reason(), correctionReason);
        }
    }

    /** Records how one member stood at the meeting; an absence gives its reason. */
    @Transactional
    public void setPresence(
            CurrentUser user, MeetingId id, long memberId, Presence presence, String reason, String correctionReason) {
        MeetingRow row = records.writable(user, id, correctionReason, "attendance");
        if (presence == null) {
            throw new InvalidInputException("presence", "validation.required");
        }
        if (presence == Presence.ABSENT_EXCUSED && MeetingRecords.isBlank(reason)) {
            throw new InvalidInputException("reason", "meeting.absence.reasonRequired");
        }
        AttendanceEntry before = records.attendance(id.value()).stream()
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
                .param("reason", InputText.blankToNull(reason))
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
                        InputText.blankToNull(reason),
                        before.kind(),
                        before.standing(),
                        before.position()));
        votes.recount(
                user, records.voteSetting(id, row.organizationId(), row.record().date()));
    }
}
