package vn.chibo.meetings;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Members' participation in an organization's meetings over a year, from the attendance recorded at each meeting that
 * was held: what the secretary checks before the annual review and what the Party Member Handbook calls participation
 * statistics. Reading needs MEETING_VIEW and MEMBER_VIEW on the organization (the leadership's and the clerk's, not an
 * ordinary member's: who missed what, and who may be proposed for removal, is the branch's business). Committee
 * meetings (of the chi ủy) are not counted: they are the committee members' duty, not every member's.
 */
@Service
public class MeetingParticipation {

    /** The earliest year asked for: before it ChiBo holds no meetings. */
    static final int FIRST_YEAR = 2000;

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MemberManagement members;
    private final Clock clock;

    MeetingParticipation(
            JdbcClient jdbc,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MemberManagement members,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.members = members;
        this.clock = clock;
    }

    /** The year asked for as typed: four digits, from 2000 to this year; refused naming the field "year". */
    public int year(String typed) {
        int thisYear = Year.now(clock).getValue();
        if (typed == null || typed.isBlank()) {
            return thisYear;
        }
        int year;
        try {
            year = Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "participation.year.invalid", typed.strip());
        }
        if (year < FIRST_YEAR || year > thisYear) {
            throw new InvalidInputException("year", "participation.year.range", FIRST_YEAR, thisYear);
        }
        return year;
    }

    private record Row(long memberId, String fullName, LocalDate date, Presence presence) {}

    @Transactional(readOnly = true)
    public ParticipationReport ofYear(CurrentUser user, OrganizationId organization, int year) {
        access.require(user, organization, Permission.MEETING_VIEW);
        access.require(user, organization, Permission.MEMBER_VIEW);
        int thisYear = Year.now(clock).getValue();
        if (year < FIRST_YEAR || year > thisYear) {
            throw new InvalidInputException("year", "participation.year.range", FIRST_YEAR, thisYear);
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        int held = jdbc.sql(
                        """
                        SELECT count(*) FROM meetings.meeting
                        WHERE organization_id = :org AND status IN ('HELD', 'CLOSED') AND kind <> 'COMMITTEE'
                          AND meeting_date BETWEEN :from AND :to
                        """)
                .param("org", organization.value())
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
        List<Row> rows = jdbc.sql(
                        """
                        SELECT a.member_id, a.full_name, m.meeting_date, a.presence
                        FROM meetings.attendance a JOIN meetings.meeting m ON m.id = a.meeting_id
                        WHERE m.organization_id = :org AND m.status IN ('HELD', 'CLOSED') AND m.kind <> 'COMMITTEE'
                          AND a.attendee <> 'COMMITTEE_SEAT' AND m.meeting_date BETWEEN :from AND :to
                        ORDER BY a.member_id, m.meeting_date, m.id
                        """)
                .param("org", organization.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        Presence.valueOf(rs.getString(4))))
                .list();
        Map<Long, List<Row>> byMember = new LinkedHashMap<>();
        rows.forEach(r ->
                byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>()).add(r));
        List<ParticipationReport.MemberParticipation> participants = new ArrayList<>();
        int expectedAll = 0;
        int presentAll = 0;
        for (List<Row> meetings : byMember.values()) {
            ParticipationReport.MemberParticipation member = participation(meetings);
            expectedAll += member.expected();
            presentAll += member.present();
            participants.add(member);
        }
        // As Vietnamese lists are: by given name, then by the whole name, in Vietnamese alphabetical order.
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        participants.sort(Comparator.comparing(
                        (ParticipationReport.MemberParticipation m) -> VietnameseText.givenName(m.fullName()),
                        vietnamese)
                .thenComparing(ParticipationReport.MemberParticipation::fullName, vietnamese)
                .thenComparing(ParticipationReport.MemberParticipation::memberId));
        Double rate = expectedAll == 0 ? null : Math.round(1000.0 * presentAll / expectedAll) / 10.0;
        // Proposals for a year's absences are often voted early the next year: every one from the year on counts.
        List<ParticipationReport.RemovalVote> removalVotes = jdbc.sql(
                        """
                        SELECT r.member_id, m.id, m.meeting_date, r.passed
                        FROM meetings.resolution r JOIN meetings.meeting m ON m.id = r.meeting_id
                        WHERE m.organization_id = :org AND r.kind = 'REMOVAL' AND r.member_id IS NOT NULL
                          AND m.meeting_date >= :from
                        ORDER BY m.meeting_date, r.id
                        """)
                .param("org", organization.value())
                .param("from", from)
                .query((rs, n) -> new ParticipationReport.RemovalVote(
                        rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
                .list();
        ParticipationReport.UpcomingMeeting next = jdbc.sql(
                        """
                        SELECT id, meeting_date FROM meetings.meeting
                        WHERE organization_id = :org AND kind <> 'COMMITTEE' AND status <> 'CLOSED'
                          AND meeting_date >= :today
                        ORDER BY meeting_date, id LIMIT 1
                        """)
                .param("org", organization.value())
                .param("today", LocalDate.now(clock))
                .query((rs, n) ->
                        new ParticipationReport.UpcomingMeeting(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .optional()
                .orElse(null);
        return new ParticipationReport(
                organization,
                organizations.summary(user, organization).name(),
                year,
                held,
                rate,
                List.copyOf(participants),
                removalVotes,
                next);
    }

    /**
     * The signed-in member's own participation in the year's meetings, wherever she attended them (her branch, one she
     * moved from during the year, one that hosted her); empty when the account is no member's or she was expected at no
     * meeting yet.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ParticipationReport.MemberParticipation> own(CurrentUser user, int year) {
        var member = members.ownId(user);
        if (member.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Row> rows = jdbc.sql(
                        """
                        SELECT a.member_id, a.full_name, m.meeting_date, a.presence
                        FROM meetings.attendance a JOIN meetings.meeting m ON m.id = a.meeting_id
                        WHERE a.member_id = :member AND m.status IN ('HELD', 'CLOSED') AND m.kind <> 'COMMITTEE'
                          AND a.attendee <> 'COMMITTEE_SEAT' AND m.meeting_date BETWEEN :from AND :to
                        ORDER BY m.meeting_date, m.id
                        """)
                .param("member", member.get().value())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        Presence.valueOf(rs.getString(4))))
                .list();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        ParticipationReport.MemberParticipation own = participation(rows);
        return own.expected() == 0 ? java.util.Optional.empty() : java.util.Optional.of(own);
    }

    /** One member's year from her rows in date order. */
    private static ParticipationReport.MemberParticipation participation(List<Row> meetings) {
        int expected = 0, present = 0, excused = 0, unexcused = 0, notExpected = 0, run = 0, longest = 0;
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Row r : meetings) {
            switch (r.presence()) {
                case PRESENT -> {
                    expected++;
                    present++;
                    run = 0;
                }
                case ABSENT_EXCUSED -> {
                    expected++;
                    excused++;
                    longest = Math.max(longest, ++run);
                }
                case ABSENT_UNEXCUSED -> {
                    expected++;
                    unexcused++;
                    months.add(YearMonth.from(r.date()));
                    run = 0;
                }
                // Not expected that day: neither breaks nor extends a run of excused absences.
                default -> notExpected++;
            }
        }
        // The name as on the latest list (a name corrected during the year shows as corrected).
        return new ParticipationReport.MemberParticipation(
                meetings.get(0).memberId(),
                meetings.get(meetings.size() - 1).fullName(),
                expected,
                present,
                excused,
                unexcused,
                notExpected,
                List.copyOf(months),
                longest);
    }
}
