package vn.chibo.elections;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.ElectionRecords.Person;
import vn.chibo.elections.ElectionRecords.RoundRow;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.ListTrimming;
import vn.chibo.elections.rules.Nominations;
import vn.chibo.members.MemberId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * An election's list at the congress, before the first ballot: nominations from the floor and self-nominations with
 * the presidium's opinion ballot (more than 30 %), withdrawals the congress grants, and the opinion ballot that trims a
 * list above the largest surplus (QĐ 190-QĐ/TW Điều 14.3). Needs ELECTION_MANAGE; audited.
 */
@Service
public class CandidateLists {

    private final ElectionRecords records;
    private final Electorate electorate;
    private final ElectionGuards guards;
    private final AuditTrail audit;

    CandidateLists(ElectionRecords records, Electorate electorate, ElectionGuards guards, AuditTrail audit) {
        this.records = records;
        this.electorate = electorate;
        this.guards = guards;
        this.audit = audit;
    }

    /**
     * A nomination from the floor or a self-nomination, with the presidium's opinion ballot: the nominee goes on the
     * list with more than 30 % of the voting members present in favour (QĐ 190-QĐ/TW Điều 14.3).
     */
    @Transactional
    public NominationResult nominate(CurrentUser user, CongressId congressId, Nominate n) {
        CongressRecords.Row congress = guards.manageable(user, congressId);
        if (n == null || n.election() == null || n.member() == null) {
            throw new InvalidInputException(
                    n == null || n.election() == null ? "electionId" : "memberId", "validation.required");
        }
        ElectionRecords.Row election = guards.open(n.election(), congressId);
        RoundRow first = guards.listStillOpen(election);
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        Map<MemberId, Electorate.Person> people = electorate.of(user, congress);
        Electorate.Person nominee = people.get(n.member());
        if (nominee == null) {
            throw new InvalidInputException(
                    "memberId", "election.candidate.notInElectorate", n.member().value());
        }
        boolean self = n.nominatedBy() == null || n.nominatedBy().equals(n.member());
        Electorate.Person nominator = self ? nominee : people.get(n.nominatedBy());
        if (nominator == null) {
            throw new InvalidInputException(
                    "nominatedBy",
                    "election.candidate.notInElectorate",
                    n.nominatedBy().value());
        }
        Set<MemberId> onList =
                records.standing(election.id()).stream().map(Person::memberId).collect(Collectors.toSet());
        if (onList.contains(n.member())) {
            throw new InvalidInputException("memberId", "election.nomination.alreadyListed");
        }
        ElectionGuards.fail(Nominations.check(
                new Nominations.Person(nominator.official(), nominator.temporarilyIn(), nominator.conveningCommittee()),
                new Nominations.Person(nominee.official(), nominee.temporarilyIn(), nominee.conveningCommittee()),
                false));
        if (n.present() < 1) {
            throw new InvalidInputException("present", "election.nomination.present");
        }
        if (n.inFavour() < 0 || n.inFavour() > n.present()) {
            throw new InvalidInputException("inFavour", "election.nomination.inFavour", n.present());
        }
        boolean added = Nominations.addedFromFloor(rules, n.present(), n.inFavour());
        Person person = new Person(n.member(), nominee.fullName());
        records.addNomination(election.id(), person, n.nominatedBy(), self, n.present(), n.inFavour(), added);
        if (added) {
            records.addCandidate(election.id(), person, self ? "SELF" : "FLOOR");
            records.replaceRoundList(first.id(), election.seats(), records.standing(election.id()));
        }
        int size = records.standing(election.id()).size();
        Integer max = election.kind().requiresSurplus() ? rules.maxCandidates(election.seats()) : null;
        audit.record(
                user,
                "election.nominate",
                ElectionRecords.ENTITY,
                election.id().value(),
                null,
                Map.of(
                        "nominee",
                        nominee.fullName(),
                        "present",
                        n.present(),
                        "inFavour",
                        n.inFavour(),
                        "added",
                        added));
        return new NominationResult(
                added, Nominations.floorNominationMinimum(rules, n.present()), size, max, max != null && size > max);
    }

    /** The congress granted a candidate's request to withdraw (xin rút): she leaves the list. */
    @Transactional
    public void withdraw(CurrentUser user, ElectionId electionId, MemberId member) {
        ElectionRecords.Row election = records.load(electionId);
        guards.manageable(user, election.congressId());
        guards.open(electionId, election.congressId());
        RoundRow first = guards.listStillOpen(election);
        if (records.standing(electionId).stream().noneMatch(p -> p.memberId().equals(member))) {
            throw new InvalidInputException("memberId", "election.withdraw.notListed");
        }
        records.withdraw(electionId, member);
        List<Person> left = records.standing(electionId);
        if (left.size() < election.seats()) {
            throw new ElectionRuleException(
                    "memberId", "election.rule.tooFewCandidates", left.size(), election.seats());
        }
        records.replaceRoundList(first.id(), election.seats(), left);
        audit.record(
                user,
                "election.withdraw",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of("memberId", member.value()));
    }

    /**
     * Trims a list above the largest surplus by the congress's opinion ballot: the candidates with most votes stay. A
     * tie across the line is refused, naming the tied: the congress (or for 3–5 seats the committee's head) decides,
     * and a withdrawal records it.
     */
    @Transactional
    public List<MemberId> trim(CurrentUser user, ElectionId electionId, Map<MemberId, Integer> opinionVotes) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = guards.manageable(user, election.congressId());
        guards.open(electionId, election.congressId());
        RoundRow first = guards.listStillOpen(election);
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        List<Person> list = records.standing(electionId);
        int[] votes = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Integer v =
                    opinionVotes == null ? null : opinionVotes.get(list.get(i).memberId());
            if (v == null || v < 0) {
                throw new InvalidInputException(
                        "opinionVotes", "election.trim.votesFor", list.get(i).fullName());
            }
            votes[i] = v;
        }
        ListTrimming.Outcome outcome = ListTrimming.trim(rules, election.seats(), votes);
        if (outcome.tie()) {
            throw new ElectionRuleException(
                    "opinionVotes",
                    "election.trim.tie",
                    outcome.tiedAtLine().stream()
                            .map(i -> list.get(i).fullName())
                            .collect(Collectors.joining(", ")),
                    outcome.placesForTied());
        }
        List<MemberId> dropped =
                outcome.dropped().stream().map(i -> list.get(i).memberId()).toList();
        dropped.forEach(m -> records.withdraw(electionId, m));
        records.replaceRoundList(first.id(), election.seats(), records.standing(electionId));
        audit.record(
                user,
                "election.trim",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of(
                        "dropped",
                        outcome.dropped().stream()
                                .map(i -> list.get(i).fullName())
                                .toList()));
        return dropped;
    }
}
