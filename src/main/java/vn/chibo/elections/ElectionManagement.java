package vn.chibo.elections;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.ElectionRecords.Person;
import vn.chibo.elections.ElectionRecords.RoundRow;
import vn.chibo.elections.counting.DelegateList;
import vn.chibo.elections.counting.ElectionProgress;
import vn.chibo.elections.rules.CandidateListRules;
import vn.chibo.elections.rules.CountingCommitteeRules;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Violation;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The elections of a congress: their lists under the rules for their kind, the counting committee, the ballots issued,
 * and the rounds after the first. Nominations, withdrawals and trimming at the congress are {@link CandidateLists};
 * ballots are entered and rounds counted by {@link ElectionCounting}.
 */
@Service
public class ElectionManagement {

    private final ElectionRecords records;
    private final CongressRecords congresses;
    private final Electorate electorate;
    private final ElectionCounting counting;
    private final OrganizationAccess organizations;
    private final AuditTrail audit;
    private final ElectionGuards guards;

    ElectionManagement(
            ElectionRecords records,
            CongressRecords congresses,
            Electorate electorate,
            ElectionCounting counting,
            OrganizationAccess organizations,
            AuditTrail audit,
            ElectionGuards guards) {
        this.records = records;
        this.congresses = congresses;
        this.electorate = electorate;
        this.counting = counting;
        this.organizations = organizations;
        this.audit = audit;
        this.guards = guards;
    }

    // ---- creating -----------------------------------------------------------------------------------------------

    /**
     * Creates an election with its adopted list and its first round. A list that breaks the rule for its kind is
     * refused with the rule named ({@link ElectionRuleException}).
     */
    @Transactional
    public ElectionId create(CurrentUser user, CongressId congressId, CreateElection c) {
        CongressRecords.Row congress = guards.manageable(user, congressId);
        if (c == null || c.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        List<MemberId> ids = c.candidates() == null ? List.of() : c.candidates();
        if (ids.stream().anyMatch(java.util.Objects::isNull)
                || ids.stream().distinct().count() != ids.size()) {
            throw new InvalidInputException("candidates", "election.candidates.duplicate");
        }
        List<ElectionRecords.Row> existing = records.ofCongress(congressId);
        if (existing.stream().anyMatch(e -> e.kind() == c.kind())) {
            throw new ElectionRuleException("kind", "election.kind.exists");
        }
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        Map<MemberId, Electorate.Person> people = electorate.of(user, congress);
        List<Person> list = new ArrayList<>();
        for (MemberId id : ids) {
            Electorate.Person p = people.get(id);
            if (p == null) {
                throw new InvalidInputException("candidates", "election.candidate.notInElectorate", id.value());
            }
            if (!p.official() || p.temporarilyIn()) {
                throw new ElectionRuleException("candidates", "election.nomination.mayNotStandNamed", p.fullName());
            }
            list.add(new Person(id, p.fullName()));
        }
        ElectionGuards.fail(CandidateListRules.check(
                rules,
                c.kind(),
                c.seats(),
                list.size(),
                new CandidateListRules.Setting(
                        electorate.branch(user, congress), electorate.officialMembers(congress))));
        ElectionId official = orderAndOneList(congress, rules, c.kind(), existing, ids);
        ElectionId election = records.insert(congressId, c.kind(), c.seats(), official);
        for (Person p : list) {
            records.addCandidate(election, p, "COMMITTEE_LIST");
        }
        records.insertRound(election, 1, "FIRST", c.seats(), records.standing(election));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("congressId", congressId.value());
        after.put("kind", c.kind());
        after.put("seats", c.seats());
        after.put("candidates", list.stream().map(Person::fullName).toList());
        audit.record(user, "election.create", ElectionRecords.ENTITY, election.value(), null, after);
        return election;
    }

    /**
     * The order of elections: posts and the standing committee from among the committee elected before (once it is
     * elected), and the alternate delegates after the officials, from the officials' list (QĐ 190 Điều 18).
     */
    private ElectionId orderAndOneList(
            CongressRecords.Row congress,
            ElectionRules rules,
            ElectionKind kind,
            List<ElectionRecords.Row> existing,
            List<MemberId> candidates) {
        if (kind.fromCommittee()) {
            CongressId committeeCongress =
                    congress.kind() == CongressKind.COMMITTEE_CONFERENCE ? congress.parentId() : congress.id();
            boolean committeeOpen = records.ofCongress(committeeCongress).stream()
                    .anyMatch(e -> e.kind() == ElectionKind.COMMITTEE && e.status() == ElectionStatus.OPEN);
            if (committeeOpen) {
                throw new ElectionRuleException("kind", "election.order.committeeFirst");
            }
            Set<MemberId> committee = congresses.electedOf(committeeCongress, ElectionKind.COMMITTEE).stream()
                    .map(CongressRecords.Person::memberId)
                    .collect(Collectors.toSet());
            if (kind == ElectionKind.STANDING_COMMITTEE && committee.isEmpty()) {
                throw new ElectionRuleException("kind", "election.order.committeeFirst");
            }
            if (!committee.isEmpty() && !committee.containsAll(candidates)) {
                throw new ElectionRuleException("candidates", "election.rule.fromCommittee");
            }
        }
        if (kind != ElectionKind.ALTERNATE_DELEGATE) {
            return null;
        }
        Optional<ElectionRecords.Row> officials =
                existing.stream().filter(e -> e.kind() == ElectionKind.DELEGATE).findFirst();
        List<Long> officialList = officials
                .map(o -> records.standing(o.id()).stream()
                        .map(p -> p.memberId().value())
                        .toList())
                .orElse(List.of());
        List<Long> elected = congresses.electedOf(congress.id(), ElectionKind.DELEGATE).stream()
                .map(p -> p.memberId().value())
                .toList();
        boolean decided = officials.isPresent() && officials.get().status() != ElectionStatus.OPEN;
        ElectionGuards.fail(DelegateList.checkAlternates(
                rules,
                decided,
                officialList,
                elected,
                candidates.stream().map(MemberId::value).toList()));
        return officials.map(ElectionRecords.Row::id).orElse(null);
    }

    // ---- counting committee, ballots issued, rounds -------------------------------------------------------------

    /**
     * Elects the counting committee for this election: official members (or delegates) with a vote who do not stand
     * in it; the head is one of them.
     */
    @Transactional
    public void setCountingCommittee(CurrentUser user, ElectionId electionId, List<MemberId> tellers, MemberId head) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = guards.manageable(user, election.congressId());
        guards.open(electionId, election.congressId());
        if (tellers == null || tellers.isEmpty()) {
            throw new InvalidInputException("tellers", "validation.required");
        }
        if (head == null || !tellers.contains(head)) {
            throw new InvalidInputException("head", "election.counting.headAmongTellers");
        }
        if (new HashSet<>(tellers).size() != tellers.size()) {
            throw new InvalidInputException("tellers", "election.candidates.duplicate");
        }
        Map<MemberId, Electorate.Person> people = electorate.of(user, congress);
        List<CountingCommitteeRules.Teller> checked = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (MemberId id : tellers) {
            Electorate.Person p = people.get(id);
            if (p == null) {
                throw new InvalidInputException("tellers", "election.candidate.notInElectorate", id.value());
            }
            checked.add(new CountingCommitteeRules.Teller(id.value(), p.fullName(), p.withVote() && p.official()));
            persons.add(new Person(id, p.fullName()));
        }
        Set<Long> candidates = new HashSet<>();
        records.rounds(electionId).forEach(r -> candidates.addAll(r.memberIds()));
        var refusals = CountingCommitteeRules.refusals(checked, candidates);
        if (!refusals.isEmpty()) {
            var first = refusals.get(0);
            throw new ElectionRuleException(
                    "tellers", first.messageKey(), first.teller().fullName());
        }
        records.setTellers(electionId, persons, head);
        audit.record(
                user,
                "election.countingCommittee",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of("tellers", persons.stream().map(Person::fullName).toList()));
    }

    /**
     * Records the ballots the counting committee issued for the current round and how many independent entries it
     * makes (1, 2 or 3). The list must fit the rules and the counting committee must be elected.
     */
    @Transactional
    public void issueBallots(CurrentUser user, ElectionId electionId, int issued, int entries) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = guards.manageable(user, election.congressId());
        guards.open(electionId, election.congressId());
        if (congress.status() != CongressStatus.HELD) {
            throw new InvalidInputException("status", "congress.status.notHeld");
        }
        if (issued < 1) {
            throw new InvalidInputException("issued", "election.issued.positive");
        }
        if (entries < 1 || entries > 3) {
            throw new InvalidInputException("entries", "election.entries.range");
        }
        AttendanceFigures figures = AttendanceCounting.figures(congress.kind(), congresses.attendees(congress.id()));
        if (issued > figures.attending()) {
            throw new InvalidInputException("issued", "election.issued.moreThanVoters", figures.attending());
        }
        if (records.tellers(electionId).isEmpty()) {
            throw new ElectionRuleException("tellers", "election.counting.required");
        }
        RoundRow round = counting.currentRound(election);
        if (round.number() == 1) {
            ElectionGuards.fail(
                    listProblem(user, congress, election, round.list().size()));
        }
        if (records.anyBallot(round.id()) && round.entries() != entries) {
            throw new InvalidInputException("entries", "election.entries.afterBallots");
        }
        records.setIssued(round.id(), issued, entries);
        audit.record(
                user,
                "election.issue",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of("round", round.number(), "issued", issued, "entries", entries));
    }

    /**
     * Holds another round after a counted one: a run-off among the tied, or a round for the seats left on the names
     * the congress decides (kept in Vietnamese alphabetical order on the ballot).
     */
    @Transactional
    public void nextRound(CurrentUser user, ElectionId electionId, List<MemberId> candidates, int seats) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = guards.manageable(user, election.congressId());
        guards.open(electionId, election.congressId());
        List<RoundRow> rounds = records.rounds(electionId);
        RoundRow last = rounds.get(rounds.size() - 1);
        if (!last.counted()) {
            throw new InvalidInputException("round", "election.round.notCounted");
        }
        List<MemberId> ids = candidates == null ? List.of() : candidates;
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        boolean branch = electorate.branch(user, congress);
        List<ElectionProgress.Round> progress = RoundResults.counted(rounds, rounds.size());
        ElectionGuards.fail(ElectionProgress.checkNextRound(
                rules,
                election.kind(),
                branch,
                election.seats(),
                progress,
                ids.stream().map(MemberId::value).toList(),
                seats));
        ElectionProgress.Step step = ElectionProgress.next(rules, election.kind(), branch, election.seats(), progress)
                .step();
        Map<MemberId, Electorate.Person> people = electorate.of(user, congress);
        for (MemberId id : ids) {
            Electorate.Person p = people.get(id);
            if (p == null || !p.official() || p.temporarilyIn()) {
                throw new ElectionRuleException("candidates", "election.candidate.notInElectorate", id.value());
            }
            if (records.candidates(electionId).stream()
                    .noneMatch(c -> c.memberId().equals(id))) {
                records.addCandidate(electionId, new Person(id, p.fullName()), "FLOOR");
            }
        }
        Set<MemberId> chosen = new HashSet<>(ids);
        List<Person> list = records.candidates(electionId).stream()
                .filter(c -> chosen.contains(c.memberId()))
                .map(c -> new Person(c.memberId(), c.fullName()))
                .toList();
        records.insertRound(
                electionId,
                last.number() + 1,
                step == ElectionProgress.Step.RUNOFF ? "RUNOFF" : "FURTHER",
                seats,
                list);
        audit.record(
                user,
                "election.round",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of(
                        "round",
                        last.number() + 1,
                        "seats",
                        seats,
                        "candidates",
                        list.stream().map(Person::fullName).toList()));
    }

    /** The congress decides to hold no further round: the election ends with the seats left unfilled. */
    @Transactional
    public void end(CurrentUser user, ElectionId electionId) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = guards.manageable(user, election.congressId());
        guards.open(electionId, election.congressId());
        List<RoundRow> rounds = records.rounds(electionId);
        if (!rounds.get(rounds.size() - 1).counted()) {
            throw new InvalidInputException("round", "election.round.notCounted");
        }
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        ElectionProgress.Step step = ElectionProgress.next(
                        rules,
                        election.kind(),
                        electorate.branch(user, congress),
                        election.seats(),
                        RoundResults.counted(rounds, rounds.size()))
                .step();
        if (step != ElectionProgress.Step.CONGRESS_DECIDES) {
            throw new ElectionRuleException("status", "election.end.notForCongress." + step.name());
        }
        records.setStatus(electionId, ElectionStatus.ENDED);
        audit.record(user, "election.end", ElectionRecords.ENTITY, electionId.value(), null, Map.of("status", "ENDED"));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ElectionDetails details(CurrentUser user, ElectionId electionId) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = congresses.load(election.congressId());
        var held = organizations.permissions(user, congress.organizationId());
        if (!held.contains(Permission.ELECTION_VIEW)) {
            organizations.require(user, congress.organizationId(), Permission.ELECTION_VIEW);
        }
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        List<RoundRow> rounds = records.rounds(electionId);
        int listSize = records.standing(electionId).size();
        Optional<Violation> problem = rounds.size() == 1 && !rounds.get(0).counted()
                ? listProblem(user, congress, election, listSize)
                : Optional.empty();
        return new ElectionDetails(
                electionId,
                election.congressId(),
                election.kind(),
                election.seats(),
                election.status(),
                election.official(),
                CongressManagement.ruleSetInfo(rules),
                records.candidates(electionId).stream()
                        .map(c -> new ElectionDetails.Candidate(c.memberId(), c.fullName(), c.source(), c.withdrawn()))
                        .toList(),
                records.tellers(electionId),
                records.nominations(electionId),
                counting.results(user, election, congress, rounds),
                election.kind().requiresSurplus() ? rules.maxCandidates(election.seats()) : null,
                problem.map(Violation::messageKey).orElse(null),
                problem.map(Violation::arguments).orElse(List.of()),
                CandidateListRules.planWarnings(rules, election.kind(), election.seats(), listSize),
                rounds.isEmpty()
                        ? new int[3]
                        : records.enteredPerEntry(rounds.get(rounds.size() - 1).id()),
                held.contains(Permission.ELECTION_MANAGE),
                held.contains(Permission.ELECTION_COUNT));
    }

    private Optional<Violation> listProblem(
            CurrentUser user, CongressRecords.Row congress, ElectionRecords.Row election, int size) {
        return CandidateListRules.check(
                ElectionRules.on(congress.openingDate()),
                election.kind(),
                election.seats(),
                size,
                new CandidateListRules.Setting(
                        electorate.branch(user, congress), electorate.officialMembers(congress)));
    }
}
