package vn.chibo.elections;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Carries a congress's results into organizations: the new term, and a seat on its committee for everyone elected
 * (secretary, deputy, standing committee, member), who take office at once while the higher committee's approval
 * (chuẩn y) is requested; a refusal or annulment ends the seats concerned. The committee's first conference changes
 * the positions within the same term.
 */
@Service
public class CongressResults {

    private final JdbcClient jdbc;
    private final CongressRecords congresses;
    private final OrganizationTerms organizationTerms;
    private final OrganizationAccess organizationAccess;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CongressResults(
            JdbcClient jdbc,
            CongressRecords congresses,
            OrganizationTerms organizationTerms,
            OrganizationAccess organizationAccess,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.congresses = congresses;
        this.organizationTerms = organizationTerms;
        this.organizationAccess = organizationAccess;
        this.audit = audit;
        this.events = events;
    }

    /** The seat each elected person takes, by the highest post she was elected to. */
    record Elected(MemberId memberId, String fullName, ElectionId electionId, Position position) {}

    /**
     * The elected take office: a committee's congress opens the new term (ending the outgoing one the day before)
     * and seats its committee; a committee conference gives the posts it elected within its congress's term.
     * Returns the term.
     */
    @Transactional
    public long takeOffice(CurrentUser user, CongressId id) {
        CongressRecords.Row congress = congresses.load(id);
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_MANAGE);
        organizationAccess.require(user, congress.organizationId(), Permission.ORGANIZATION_MANAGE);
        if (congress.termId() != null) {
            throw new InvalidInputException("status", "congress.results.alreadyInOffice");
        }
        if (congress.status() == CongressStatus.PREPARATION) {
            throw new InvalidInputException("status", "congress.status.notHeld");
        }
        if (congresses.electionSummaries(id).stream().anyMatch(e -> e.status() == ElectionStatus.OPEN)) {
            throw new InvalidInputException("status", "congress.results.electionsOpen");
        }
        List<Elected> elected = elected(id);
        if (elected.isEmpty()) {
            throw new InvalidInputException("status", "congress.results.nobodyElected");
        }
        OrganizationId org = congress.organizationId();
        long termId = congress.kind() == CongressKind.COMMITTEE_CONFERENCE
                ? conferencePosts(user, congress, elected)
                : newTerm(user, congress, elected);
        jdbc.sql("UPDATE elections.congress SET term_id = :t, approval_status = 'REQUESTED', updated_at = now()"
                        + " WHERE id = :id")
                .param("t", termId)
                .param("id", id.value())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("termId", termId);
        after.put(
                "seats",
                elected.stream()
                        .map(e -> e.fullName() + " (" + e.position() + ")")
                        .toList());
        audit.record(user, "congress.takeOffice", CongressManagement.ENTITY, id.value(), null, after);
        events.publishEvent(new CongressResultsTookOffice(id, org, termId, elected.size()));
        return termId;
    }

    private long newTerm(CurrentUser user, CongressRecords.Row congress, List<Elected> elected) {
        OrganizationId org = congress.organizationId();
        LocalDate start = congress.termStart();
        TermDetails outgoing =
                organizationTerms.termOn(user, org, start.minusDays(1)).orElse(null);
        if (outgoing != null && outgoing.endsOn().isAfter(start)) {
            for (CommitteeSeat seat : outgoing.committee()) {
                if (seat.toDate() == null || !seat.toDate().isBefore(start)) {
                    if (seat.fromDate().isBefore(start)) {
                        organizationTerms.updateCommitteeSeat(
                                user,
                                org,
                                outgoing.id(),
                                seat.id(),
                                seat.fullName(),
                                seat.position(),
                                seat.fromDate(),
                                start.minusDays(1),
                                seat.decision());
                    }
                }
            }
            organizationTerms.updateTerm(user, org, outgoing.id(), outgoing.name(), outgoing.startsOn(), start);
        }
        TermDetails existing = organizationTerms.termOn(user, org, start).orElse(null);
        long termId = existing != null && existing.startsOn().equals(start)
                ? existing.id()
                : organizationTerms.addTerm(
                        user, org, start.getYear() + "–" + congress.termEnd().getYear(), start, congress.termEnd());
        TermDetails term = organizationTerms.termOn(user, org, start).orElseThrow();
        for (Elected e : elected) {
            long seatId = term.committee().stream()
                    .filter(s -> s.fullName().equals(e.fullName()) && s.toDate() == null)
                    .map(CommitteeSeat::id)
                    .findFirst()
                    .orElseGet(() -> organizationTerms.addCommitteeSeat(
                            user, org, termId, e.fullName(), e.position(), start, null, null));
            link(e, termId, seatId);
        }
        return termId;
    }

    /** The first conference's posts: the seats of its congress's term change position. */
    private long conferencePosts(CurrentUser user, CongressRecords.Row conference, List<Elected> elected) {
        CongressRecords.Row parent = congresses.load(conference.parentId());
        if (parent.termId() == null) {
            throw new InvalidInputException("status", "congress.results.parentFirst");
        }
        OrganizationId org = conference.organizationId();
        TermDetails term =
                organizationTerms.termOn(user, org, parent.termStart()).orElseThrow();
        LocalDate from =
                conference.openingDate().isBefore(term.startsOn()) ? term.startsOn() : conference.openingDate();
        for (Elected e : elected) {
            CommitteeSeat seat = term.committee().stream()
                    .filter(s -> s.fullName().equals(e.fullName()) && s.toDate() == null)
                    .findFirst()
                    .orElse(null);
            long seatId;
            if (seat == null) {
                seatId = organizationTerms.addCommitteeSeat(
                        user, org, term.id(), e.fullName(), e.position(), from, null, null);
            } else {
                organizationTerms.updateCommitteeSeat(
                        user,
                        org,
                        term.id(),
                        seat.id(),
                        seat.fullName(),
                        e.position(),
                        seat.fromDate(),
                        null,
                        seat.decision());
                seatId = seat.id();
            }
            link(e, term.id(), seatId);
        }
        return term.id();
    }

    private void link(Elected e, long termId, long seatId) {
        jdbc.sql(
                        """
                        INSERT INTO elections.seat_link (election_id, member_id, term_id, seat_id)
                        VALUES (:e, :m, :t, :s) ON CONFLICT DO NOTHING
                        """)
                .param("e", e.electionId().value())
                .param("m", e.memberId().value())
                .param("t", termId)
                .param("s", seatId)
                .update();
    }

    /** Everyone the congress elected to a committee seat, once, with the highest post. */
    List<Elected> elected(CongressId id) {
        Map<MemberId, Elected> byMember = new LinkedHashMap<>();
        for (ElectionKind kind : List.of(
                ElectionKind.SECRETARY,
                ElectionKind.DEPUTY_SECRETARY,
                ElectionKind.STANDING_COMMITTEE,
                ElectionKind.COMMITTEE)) {
            Position position =
                    switch (kind) {
                        case SECRETARY -> Position.SECRETARY;
                        case DEPUTY_SECRETARY -> Position.DEPUTY_SECRETARY;
                        case STANDING_COMMITTEE -> Position.STANDING_MEMBER;
                        default -> Position.MEMBER;
                    };
            jdbc.sql(
                            """
                            SELECT e.id, rc.member_id, rc.full_name FROM elections.election e
                            JOIN elections.round r ON r.election_id = e.id AND r.counted
                            JOIN elections.round_candidate rc ON rc.round_id = r.id AND rc.elected
                            WHERE e.congress_id = :c AND e.kind = :k ORDER BY r.number, rc.votes DESC, rc.position
                            """)
                    .param("c", id.value())
                    .param("k", kind.name())
                    .query(rs -> {
                        MemberId member = MemberId.of(rs.getLong(2));
                        byMember.putIfAbsent(
                                member, new Elected(member, rs.getString(3), ElectionId.of(rs.getLong(1)), position));
                    });
        }
        return List.copyOf(byMember.values());
    }

    /**
     * Records the higher committee's answer to the request for approval. A refusal names whom it refuses (everyone
     * when none is named): their seats end on the decision's date.
     */
    @Transactional
    public void recordApproval(
            CurrentUser user, CongressId id, boolean approved, DecisionReference decision, List<MemberId> refused) {
        CongressRecords.Row congress = congresses.load(id);
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_MANAGE);
        if (congress.termId() == null) {
            throw new InvalidInputException("status", "congress.approval.notInOffice");
        }
        if (decision == null || decision.date() == null) {
            throw new InvalidInputException("decisionDate", "validation.required");
        }
        if (!approved) {
            List<Long> members = refused == null
                    ? List.of()
                    : refused.stream().map(MemberId::value).toList();
            List<long[]> seats = jdbc.sql(
                            """
                            SELECT l.term_id, l.seat_id FROM elections.seat_link l
                            JOIN elections.election e ON e.id = l.election_id
                            WHERE e.congress_id = :c AND (cardinality(CAST(:m AS bigint[])) = 0
                                                          OR l.member_id = ANY(CAST(:m AS bigint[])))
                            """)
                    .param("c", id.value())
                    .param("m", members.toArray(Long[]::new))
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list();
            for (long[] seat : seats) {
                TermDetails term = organizationTerms
                        .termOn(user, congress.organizationId(), congress.termStart())
                        .filter(t -> t.id() == seat[0])
                        .orElseThrow();
                CommitteeSeat s = term.seat(seat[1]).orElseThrow();
                if (s.toDate() == null) {
                    // A seat's dates stay within its term: a refusal dated after the term's end ends it on its last
                    // day.
                    LocalDate last = decision.date().isBefore(s.fromDate()) ? s.fromDate() : decision.date();
                    if (!last.isBefore(term.endsOn())) {
                        last = term.endsOn().minusDays(1);
                    }
                    organizationTerms.endCommitteeSeat(user, congress.organizationId(), seat[0], seat[1], last);
                }
            }
        }
        jdbc.sql(
                        """
                        UPDATE elections.congress SET approval_status = :s, approval_number = :n, approval_symbol = :sy,
                            approval_date = :d, updated_at = now() WHERE id = :id
                        """)
                .param("s", approved ? "APPROVED" : "REFUSED")
                .param("n", decision.number())
                .param("sy", decision.symbol())
                .param("d", decision.date())
                .param("id", id.value())
                .update();
        audit.record(
                user,
                "congress.approval",
                CongressManagement.ENTITY,
                id.value(),
                Map.of("status", congress.approvalStatus()),
                Map.of("status", approved ? "APPROVED" : "REFUSED", "decision", decision.display()));
    }
}
