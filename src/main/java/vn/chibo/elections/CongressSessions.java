package vn.chibo.elections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.rules.CongressDenominator;
import vn.chibo.members.MemberId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The sessions of a congress. At the preparatory session the congress elects by show of hands the presidium, the
 * secretariat and the counting committee (and at a delegate congress the credentials committee, whose report it then
 * hears: who was not summoned, who replaced whom), and adopts its agenda and working rules; recording it opens the
 * congress. The official session follows. A committee conference has no preparatory session.
 */
@Service
public class CongressSessions {

    static final String PREPARATORY = "PREPARATORY";
    static final String OFFICIAL = "OFFICIAL";
    private static final int MAX_TEXT = TypedText.LONG;

    private final CongressRecords congresses;
    private final SessionRecords records;
    private final ElectionGuards guards;
    private final AuditTrail audit;
    private final Clock clock;

    CongressSessions(
            CongressRecords congresses, SessionRecords records, ElectionGuards guards, AuditTrail audit, Clock clock) {
        this.congresses = congresses;
        this.records = records;
        this.guards = guards;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sessions as recorded, with the credentials report drawn from the congress's list. */
    @Transactional(readOnly = true)
    public CongressSessionDetails details(CurrentUser user, CongressId id) {
        CongressRecords.Row row = guards.congress(user, id, Permission.ELECTION_VIEW);
        return details(row);
    }

    CongressSessionDetails details(CongressRecords.Row row) {
        Optional<SessionRecords.Session> preparatory = records.session(row.id(), PREPARATORY);
        Optional<SessionRecords.Session> official = records.session(row.id(), OFFICIAL);
        List<Attendee> attendees = congresses.attendees(row.id());
        Map<Long, Attendee> byId = new LinkedHashMap<>();
        attendees.forEach(a -> byId.put(a.id(), a));
        List<CongressSessionDetails.Replacement> replacements = attendees.stream()
                .filter(a -> a.replacesAttendeeId() != null && byId.containsKey(a.replacesAttendeeId()))
                .map(a -> new CongressSessionDetails.Replacement(
                        byId.get(a.replacesAttendeeId()).fullName(), a.fullName()))
                .toList();
        return new CongressSessionDetails(
                preparatory.map(SessionRecords.Session::heldOn).orElse(null),
                preparatory.map(SessionRecords.Session::agenda).orElse(null),
                preparatory.map(SessionRecords.Session::workingRules).orElse(null),
                records.bodies(row.id()),
                records.votes(row.id()),
                official.map(SessionRecords.Session::heldOn).orElse(null),
                official.map(SessionRecords.Session::proceedings).orElse(null),
                row.kind() == CongressKind.DELEGATES,
                attendees.stream()
                        .filter(a -> a.standing() == Standing.NOT_SUMMONED)
                        .toList(),
                attendees.stream()
                        .filter(a -> a.votes() && a.status() == AttendanceStatus.ABSENT)
                        .toList(),
                replacements);
    }

    /** Records the preparatory session; a congress still in preparation opens with it. */
    @Transactional
    public void recordPreparatory(CurrentUser user, CongressId id, RecordPreparatorySession s) {
        CongressRecords.Row row = guards.manageable(user, id);
        if (row.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            throw new InvalidInputException("kind", "congress.session.conference");
        }
        if (s == null || s.heldOn() == null) {
            throw new InvalidInputException("heldOn", "validation.required");
        }
        if (s.heldOn().isBefore(row.openingDate().minusDays(1)) || s.heldOn().isAfter(row.openingDate())) {
            throw new InvalidInputException("heldOn", "congress.session.preparatoryDay");
        }
        if (s.heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("heldOn", "congress.session.future");
        }
        String agenda = TypedText.required("agenda", s.agenda(), MAX_TEXT);
        String rules = TypedText.required("workingRules", s.workingRules(), MAX_TEXT);
        boolean delegates = row.kind() == CongressKind.DELEGATES;
        Map<SessionBody, RecordPreparatorySession.Body> bodies = s.bodies() == null ? Map.of() : s.bodies();
        if (!delegates && bodies.containsKey(SessionBody.CREDENTIALS_COMMITTEE)) {
            throw new InvalidInputException(
                    "bodies.CREDENTIALS_COMMITTEE", "congress.session.credentialsOnlyDelegates");
        }
        List<Attendee> attendees = congresses.attendees(id);
        List<CongressSessionDetails.BodyMember> members = new ArrayList<>();
        for (SessionBody body : SessionBody.values()) {
            if (body == SessionBody.CREDENTIALS_COMMITTEE && !delegates) {
                continue;
            }
            members.addAll(body(body, bodies.get(body), attendees));
        }
        AttendanceFigures figures = AttendanceCounting.figures(row.kind(), attendees);
        List<SessionVote> votes = new ArrayList<>();
        for (SessionVote.Item item : SessionVote.Item.values()) {
            boolean credentials =
                    item == SessionVote.Item.CREDENTIALS_COMMITTEE || item == SessionVote.Item.CREDENTIALS_REPORT;
            if (credentials && !delegates) {
                continue;
            }
            SessionVote.Hands hands = s.votes() == null ? null : s.votes().get(item);
            String field = "votes." + item.name();
            if (hands == null) {
                throw new InvalidInputException(field, "congress.session.voteRequired");
            }
            if (hands.agree() < 0 || hands.disagree() < 0) {
                throw new InvalidInputException(field, "validation.invalidValue", hands.agree());
            }
            if (hands.agree() + hands.disagree() > figures.attending()) {
                throw new InvalidInputException(field, "congress.resolution.moreVotesThanPresent", figures.attending());
            }
            // Show of hands, like the resolution: more than half of the legal denominator in favour.
            boolean adopted = hands.agree() >= CongressDenominator.threshold(figures.denominator());
            votes.add(new SessionVote(item, hands.agree(), hands.disagree(), figures.denominator(), adopted));
        }
        records.saveSession(id, PREPARATORY, s.heldOn(), agenda, rules, null);
        records.replaceBodies(id, members);
        records.replaceVotes(id, votes);
        if (row.status() == CongressStatus.PREPARATION) {
            congresses.setStatus(id, CongressStatus.HELD, null);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldOn", s.heldOn().toString());
        members.forEach(m -> after.merge(m.body().name(), m.fullName(), (a, b) -> a + ", " + b));
        votes.forEach(v -> after.put(v.item().name(), v.agree() + "/" + v.disagree()));
        audit.record(user, "congress.session.preparatory", CongressManagement.ENTITY, id.value(), null, after);
    }

    /** Records the official session, once the preparatory session is recorded. */
    @Transactional
    public void recordOfficial(CurrentUser user, CongressId id, RecordOfficialSession s) {
        CongressRecords.Row row = guards.manageable(user, id);
        if (row.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            throw new InvalidInputException("kind", "congress.session.conference");
        }
        if (s == null || s.heldOn() == null) {
            throw new InvalidInputException("heldOn", "validation.required");
        }
        SessionRecords.Session preparatory = records.session(id, PREPARATORY)
                .orElseThrow(() -> new InvalidInputException("heldOn", "congress.session.preparatoryFirst"));
        if (s.heldOn().isBefore(preparatory.heldOn()) || s.heldOn().isBefore(row.openingDate())) {
            throw new InvalidInputException("heldOn", "congress.session.officialDay");
        }
        if (s.heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("heldOn", "congress.session.future");
        }
        String proceedings = TypedText.optional("proceedings", s.proceedings(), MAX_TEXT);
        records.saveSession(id, OFFICIAL, s.heldOn(), null, null, proceedings);
        audit.record(
                user,
                "congress.session.official",
                CongressManagement.ENTITY,
                id.value(),
                null,
                Map.of("heldOn", s.heldOn().toString()));
    }

    /** The members of one body: people on the list who vote and attend, each once, with the head among them. */
    private static List<CongressSessionDetails.BodyMember> body(
            SessionBody body, RecordPreparatorySession.Body given, List<Attendee> attendees) {
        String field = "bodies." + body.name();
        if (given == null || given.members() == null || given.members().isEmpty()) {
            throw new InvalidInputException(field, "congress.session.bodyRequired");
        }
        Set<MemberId> seen = new HashSet<>();
        MemberId head = given.head() == null ? given.members().get(0) : given.head();
        if (!given.members().contains(head)) {
            throw new InvalidInputException(field, "congress.session.headNotMember");
        }
        List<CongressSessionDetails.BodyMember> members = new ArrayList<>();
        for (MemberId member : given.members()) {
            if (member == null || !seen.add(member)) {
                throw new InvalidInputException(field, "election.candidates.duplicate");
            }
            Attendee a = attendees.stream()
                    .filter(x -> member.equals(x.memberId()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(field, "congress.attendance.notListed"));
            boolean votes = a.votes() || (a.alternate() && a.replacesAttendeeId() != null);
            if (!votes || !a.official() || a.status() == AttendanceStatus.ABSENT) {
                throw new InvalidInputException(field, "congress.session.memberNotEligible", a.fullName());
            }
            members.add(new CongressSessionDetails.BodyMember(body, member, a.fullName(), member.equals(head)));
        }
        return members;
    }
}
