package vn.chibo.meetings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.meetings.MeetingDetails.Resolution;
import vn.chibo.members.MemberAdmitted;
import vn.chibo.members.MemberId;
import vn.chibo.members.MembershipVote;
import vn.chibo.members.MembershipVotes;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The votes of a meeting's resolutions, always judged against the attendance as it now stands: recorded, corrected, and
 * recounted whenever the attendance or the date changes, so that a result never goes stale. Admission, recognition and
 * removal votes also go into the member's history. Called by {@link MeetingManagement}, which checks permissions and corrections.
 */
@Component
class MeetingVotes {

    private static final String ENTITY = "Meeting";

    private final JdbcClient jdbc;
    private final MembershipVotes membershipVotes;
    private final OrganizationAccess organizations;
    private final AuditTrail audit;

    MeetingVotes(JdbcClient jdbc, MembershipVotes membershipVotes, OrganizationAccess organizations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.membershipVotes = membershipVotes;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** What a meeting votes on. */
    record Proposal(ResolutionKind kind, String title, String content, Long memberId, String candidate, Tally tally) {}

    /** The votes cast. */
    record Tally(int agree, int disagree, int abstain) {

        int cast() {
            return agree + disagree + abstain;
        }
    }

    /** The meeting as a vote needs it: who votes, on which day. */
    record Setting(MeetingId id, OrganizationId organization, LocalDate date, List<AttendanceEntry> attendance) {

        AttendanceCounts counts() {
            return AttendanceCounts.of(attendance);
        }
    }

    List<Resolution> resolutions(long meetingId) {
        return jdbc.sql(
                        """
                        SELECT id, kind, title, content, agree, disagree, abstain, denominator, votes_needed, member_id,
                               candidate
                        FROM meetings.resolution WHERE meeting_id = :m ORDER BY id
                        """)
                .param("m", meetingId)
                .query((rs, n) -> new Resolution(
                        rs.getLong("id"),
                        ResolutionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("content"),
                        new VoteResult(
                                rs.getInt("agree"),
                                rs.getInt("disagree"),
                                rs.getInt("abstain"),
                                rs.getInt("denominator"),
                                rs.getInt("votes_needed")),
                        rs.getObject("member_id", Long.class),
                        rs.getString("candidate")))
                .list();
    }

    long add(CurrentUser user, Setting meeting, Proposal p) {
        required("title", p.title());
        if (!p.kind().membership()) {
            required("content", p.content());
        }
        AttendanceCounts counts = meeting.counts();
        checkTally(counts, p.tally());
        if (p.kind() == ResolutionKind.RECOGNITION) {
            // The branch considers a probationer on its own list (QĐ 294-QĐ/TW §4.3).
            boolean probationer = meeting.attendance().stream()
                    .anyMatch(a -> p.memberId() != null
                            && a.memberId() == p.memberId()
                            && a.kind() == AttendeeKind.MEMBER
                            && !a.official());
            if (!probationer) {
                throw new InvalidInputException("memberId", "meeting.vote.recognitionMember");
            }
        }
        if (p.kind() == ResolutionKind.REMOVAL && onList(meeting, p.memberId()) == null) {
            // The branch proposes the removal of one of its own members (Điều lệ Đảng Điều 8).
            throw new InvalidInputException("memberId", "meeting.vote.removalMember");
        }
        if (p.kind() == ResolutionKind.ADMISSION && p.memberId() == null && isBlank(p.candidate())) {
            throw new InvalidInputException("candidate", "validation.required");
        }
        VoteResult vote = judge(p.kind(), meeting.date(), counts, p.tally(), probationer(meeting, p.memberId()));
        long resolution = jdbc.sql(
                        """
                        INSERT INTO meetings.resolution (meeting_id, kind, title, content, agree, disagree, abstain,
                            denominator, votes_needed, passed, member_id, candidate)
                        VALUES (:m, :kind, :title, :content, :a, :d, :ab, :den, :needed, :passed, :member, :candidate)
                        RETURNING id
                        """)
                .param("m", meeting.id().value())
                .param("kind", p.kind().name())
                .param("title", p.title().strip())
                .param("content", p.content() == null ? "" : p.content().strip())
                .params(voteColumns(vote))
                .param("member", p.kind().membership() ? p.memberId() : null)
                .param("candidate", p.kind() == ResolutionKind.ADMISSION ? InputText.blankToNull(p.candidate()) : null)
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", p.title().strip());
        after.put("kind", p.kind());
        after.put("vote", vote);
        audit.record(user, "meeting.decision.add", ENTITY, meeting.id(), null, after);
        if (p.kind().membership() && p.memberId() != null) {
            intoHistory(user, meeting, resolution, p.kind(), p.memberId(), vote);
        }
        return resolution;
    }

    /** Replaces a resolution's figures, judged again against the attendance. */
    void correct(CurrentUser user, Setting meeting, long resolutionId, Tally tally) {
        Resolution before = resolutions(meeting.id().value()).stream()
                .filter(d -> d.id() == resolutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resolution", resolutionId));
        AttendanceCounts counts = meeting.counts();
        checkTally(counts, tally);
        ResolutionKind kind = before.kind();
        VoteResult vote = judge(kind, meeting.date(), counts, tally, probationer(meeting, before.memberId()));
        store(resolutionId, vote);
        audit.record(
                user,
                "meeting.decision.correct",
                ENTITY,
                meeting.id(),
                before.vote(),
                Map.of("decision", resolutionId, "vote", vote));
        if (kind.membership() && before.memberId() != null) {
            intoHistory(user, meeting, resolutionId, kind, before.memberId(), vote);
        }
    }

    /**
     * Judges every resolution again after the attendance or the date changed: the denominator and the result follow the
     * corrected record. A resolution with more votes than members now able to vote is refused (nothing is written) until
     * its figures are corrected.
     */
    void recount(CurrentUser user, Setting meeting) {
        // QĐ 294-QĐ/TW §9.3.2: a resolution stands on more than half of the legal denominator of the attendance as
        // recorded; when the record is corrected, so is the result.
        AttendanceCounts counts = meeting.counts();
        for (Resolution d : resolutions(meeting.id().value())) {
            Tally tally =
                    new Tally(d.vote().agree(), d.vote().disagree(), d.vote().abstain());
            if (tally.cast() > counts.voters()) {
                throw new InvalidInputException(
                        "attendance", "meeting.vote.recountExceeds", d.title(), tally.cast(), counts.voters());
            }
            ResolutionKind kind = d.kind();
            VoteResult vote = judge(kind, meeting.date(), counts, tally, probationer(meeting, d.memberId()));
            if (vote.equals(d.vote())) {
                continue;
            }
            store(d.id(), vote);
            audit.record(
                    user,
                    "meeting.decision.recount",
                    ENTITY,
                    meeting.id(),
                    Map.of("decision", d.id(), "vote", d.vote()),
                    Map.of("decision", d.id(), "vote", vote));
            if (kind.membership() && d.memberId() != null) {
                intoHistory(user, meeting, d.id(), kind, d.memberId(), vote);
            }
        }
    }

    /**
     * A member's record was created with her admission: the branch's admission votes on her as a candidate (by name,
     * in the year before the admission decision) now name her and go into her history, with their meetings.
     */
    @EventListener
    void admitted(MemberAdmitted admitted) {
        if (!organizations.permissions(admitted.by(), admitted.organization()).contains(Permission.MEETING_RECORD)) {
            return;
        }
        record CandidateVote(long resolution, MeetingId meeting, LocalDate date) {}
        List<CandidateVote> found = jdbc.sql(
                        """
                        SELECT d.id, m.id AS meeting_id, m.meeting_date FROM meetings.resolution d
                        JOIN meetings.meeting m ON m.id = d.meeting_id
                        WHERE m.organization_id = :org AND d.kind = 'ADMISSION' AND d.member_id IS NULL
                          AND platform.fold(d.candidate) = :name
                          AND m.meeting_date <= :admitted AND m.meeting_date > :admitted - 366
                        ORDER BY m.meeting_date, d.id
                        """)
                .param("org", admitted.organization().value())
                .param("name", VietnameseText.fold(admitted.fullName()))
                .param("admitted", admitted.admissionDate())
                .query((rs, n) -> new CandidateVote(
                        rs.getLong("id"),
                        MeetingId.of(rs.getLong("meeting_id")),
                        rs.getObject("meeting_date", LocalDate.class)))
                .list();
        for (CandidateVote v : found) {
            jdbc.sql("UPDATE meetings.resolution SET member_id = :member WHERE id = :id")
                    .param("member", admitted.member().value())
                    .param("id", v.resolution())
                    .update();
            Resolution d = resolutions(v.meeting().value()).stream()
                    .filter(x -> x.id() == v.resolution())
                    .findFirst()
                    .orElseThrow();
            intoHistory(
                    admitted.by(),
                    new Setting(v.meeting(), admitted.organization(), v.date(), List.of()),
                    v.resolution(),
                    ResolutionKind.ADMISSION,
                    admitted.member().value(),
                    d.vote());
        }
    }

    /** A resolution left the meeting: its vote leaves the member's history too. */
    void removed(CurrentUser user, long resolutionId) {
        membershipVotes.remove(user, resolutionId);
    }

    /** The result of a tally against the attendance, by the rules of the meeting's date. */
    static VoteResult judge(
            ResolutionKind kind, LocalDate date, AttendanceCounts counts, Tally tally, boolean probationer) {
        LegalDenominator legal = counts.legal();
        return new VoteResult(
                tally.agree(),
                tally.disagree(),
                tally.abstain(),
                legal.value(),
                kind.votesNeeded(legal, date, probationer));
    }

    /** The member's entry on the meeting's list of the organization's own members, or null. */
    private static AttendanceEntry onList(Setting meeting, Long memberId) {
        if (memberId == null) {
            return null;
        }
        return meeting.attendance().stream()
                .filter(a -> a.memberId() == memberId && a.kind() == AttendeeKind.MEMBER)
                .findFirst()
                .orElse(null);
    }

    /** Whether the member a vote is about stood on the meeting's list as a probationary member. */
    private static boolean probationer(Setting meeting, Long memberId) {
        AttendanceEntry entry = onList(meeting, memberId);
        return entry != null && !entry.official();
    }

    private void checkTally(AttendanceCounts counts, Tally tally) {
        if (tally.agree() < 0 || tally.disagree() < 0 || tally.abstain() < 0) {
            throw new InvalidInputException("agree", "meeting.vote.negative");
        }
        if (counts.total() == 0) {
            throw new InvalidInputException("agree", "meeting.vote.noAttendance");
        }
        if (tally.cast() > counts.voters()) {
            throw new InvalidInputException("agree", "meeting.vote.tooMany", counts.voters());
        }
    }

    private void store(long resolutionId, VoteResult vote) {
        jdbc.sql(
                        """
                        UPDATE meetings.resolution SET agree = :a, disagree = :d, abstain = :ab, denominator = :den,
                            votes_needed = :needed, passed = :passed
                        WHERE id = :id
                        """)
                .params(voteColumns(vote))
                .param("id", resolutionId)
                .update();
    }

    /** The parameters of a vote's columns, as the insert and the update name them. */
    private static Map<String, Object> voteColumns(VoteResult vote) {
        return Map.of(
                "a", vote.agree(),
                "d", vote.disagree(),
                "ab", vote.abstain(),
                "den", vote.denominator(),
                "needed", vote.votesNeeded(),
                "passed", vote.passed());
    }

    private void intoHistory(
            CurrentUser user, Setting meeting, long resolutionId, ResolutionKind kind, long memberId, VoteResult vote) {
        membershipVotes.record(
                user,
                MemberId.of(memberId),
                new MembershipVote(
                        switch (kind) {
                            case ADMISSION -> MembershipVote.Kind.ADMISSION;
                            case REMOVAL -> MembershipVote.Kind.REMOVAL;
                            default -> MembershipVote.Kind.RECOGNITION;
                        },
                        meeting.organization(),
                        meeting.date(),
                        meeting.id().value(),
                        resolutionId,
                        vote.agree(),
                        vote.disagree(),
                        vote.abstain(),
                        vote.denominator(),
                        vote.votesNeeded(),
                        vote.passed()));
    }

    private static void required(String field, String value) {
        if (isBlank(value)) {
            throw new InvalidInputException(field, "validation.required");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
