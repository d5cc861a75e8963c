package vn.chibo.elections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.ElectionRecords.RoundRow;
import vn.chibo.elections.counting.BallotContent;
import vn.chibo.elections.counting.BallotValidator;
import vn.chibo.elections.counting.BallotVerdict;
import vn.chibo.elections.counting.ElectionProgress;
import vn.chibo.elections.counting.Reconciliation;
import vn.chibo.elections.counting.RoundOutcome;
import vn.chibo.elections.counting.SumChecks;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Paper ballots entered by computer, the way the counting committee's software does it: each ballot with its validity
 * and the reason for an invalid one, in up to three independent entries compared ballot by ballot; the round counted
 * once the entries agree and the sums check, against the legal denominator of the day. Entering needs ELECTION_COUNT,
 * settling differences and counting ELECTION_MANAGE. There is no electronic voting by the voters (QĐ 190-QĐ/TW has
 * none).
 */
@Service
public class ElectionCounting {

    private final ElectionRecords records;
    private final CongressRecords congresses;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ElectionCounting(
            ElectionRecords records,
            CongressRecords congresses,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.congresses = congresses;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.audit = audit;
        this.events = events;
    }

    /** Enters one ballot of the current round in one entry; the answer says whether it is valid and why not. */
    @Transactional
    public BallotEntered enter(CurrentUser user, ElectionId electionId, EnterBallot b) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = congresses.load(election.congressId());
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_COUNT);
        RoundRow round = countableRound(election, congress);
        if (b == null) {
            throw new InvalidInputException("ballot", "validation.required");
        }
        int entry = b.entry() == null ? 1 : b.entry();
        if (entry < 1 || entry > round.entries()) {
            throw new InvalidInputException("entry", "election.ballot.entry", round.entries());
        }
        int number = b.number() == null ? records.nextNumber(round.id(), entry) : b.number();
        if (number < 1) {
            throw new InvalidInputException("number", "validation.invalidValue", "number");
        }
        if (records.ballotExists(round.id(), entry, number)) {
            throw new InvalidInputException("number", "election.ballot.numberTaken", number, entry);
        }
        if (round.issued() != null && number > round.issued()) {
            throw new InvalidInputException("number", "election.ballot.moreThanIssued", round.issued());
        }
        BallotContent content = content(round, b);
        BallotVerdict verdict = verdict(round, content);
        records.insertBallot(round.id(), entry, number, content, user.username());
        audit.record(
                user,
                "election.ballot",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of("round", round.number(), "entry", entry, "number", number, "valid", verdict.valid()));
        return entered(round, entry, number, verdict);
    }

    /**
     * Settles a ballot the entries read differently: the counting committee's reading replaces every entry's, and the
     * settlement is audited with the readings it replaced.
     */
    @Transactional
    public BallotEntered settle(CurrentUser user, ElectionId electionId, int number, EnterBallot b) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = congresses.load(election.congressId());
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_MANAGE);
        RoundRow round = countableRound(election, congress);
        BallotContent content = content(round, b);
        BallotVerdict verdict = verdict(round, content);
        List<String> before = new ArrayList<>();
        records.ballots(round.id(), round.entries()).forEach(entry -> entry.stream()
                .filter(e -> e.number() == number)
                .forEach(e -> before.add(e.content().toString())));
        records.deleteBallot(round.id(), number);
        for (int entry = 1; entry <= round.entries(); entry++) {
            records.insertBallot(round.id(), entry, number, content, user.username());
        }
        audit.record(
                user,
                "election.ballot.settle",
                ElectionRecords.ENTITY,
                electionId.value(),
                Map.of("number", number, "readings", before),
                Map.of("number", number, "reading", content.toString()));
        return entered(round, 1, number, verdict);
    }

    /** The ballots of the current round that the entries read differently, with what each entry read. */
    @Transactional(readOnly = true)
    public List<BallotDifference> differences(CurrentUser user, ElectionId electionId) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = congresses.load(election.congressId());
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_VIEW);
        RoundRow round = currentRound(election);
        List<BallotDifference> differences = new ArrayList<>();
        for (Reconciliation.Difference d : Reconciliation.reconcile(records.ballots(round.id(), round.entries()))
                .differences()) {
            List<EnterBallot> readings = new ArrayList<>();
            for (int i = 0; i < d.readings().size(); i++) {
                readings.add(reading(round, i + 1, d.number(), d.readings().get(i)));
            }
            differences.add(new BallotDifference(d.number(), readings));
        }
        return differences;
    }

    /** A stored reading in the terms of the API: member ids, not list positions. */
    private static EnterBallot reading(RoundRow round, int entry, int number, BallotContent content) {
        if (content == null) {
            return null;
        }
        if (content instanceof BallotContent.Kept k) {
            List<MemberId> kept = new ArrayList<>();
            for (int position : k.positions()) {
                kept.add(round.list().get(position).memberId());
            }
            return new EnterBallot(entry, number, kept, null, null);
        }
        if (content instanceof BallotContent.Marked m) {
            Map<MemberId, Mark> marks = new LinkedHashMap<>();
            for (int i = 0; i < m.marks().length; i++) {
                marks.put(round.list().get(i).memberId(), m.marks()[i]);
            }
            return new EnterBallot(entry, number, null, marks, null);
        }
        return new EnterBallot(entry, number, null, null, ((BallotContent.Declared) content).code());
    }

    /**
     * Counts the current round once every entry reads every ballot alike and the sums check: stores each candidate's
     * votes and who is elected against the legal denominator of the day, and moves the election on.
     */
    @Transactional
    public ElectionResult count(CurrentUser user, ElectionId electionId, Integer returned) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = congresses.load(election.congressId());
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_MANAGE);
        RoundRow round = countableRound(election, congress);
        if (round.issued() == null) {
            throw new ElectionRuleException("issued", "election.count.issuedFirst");
        }
        RoundResults.Count count = RoundResults.count(round, records.ballots(round.id(), round.entries()));
        if (count.differences() > 0) {
            throw new ElectionRuleException("ballots", "election.count.differences", count.differences());
        }
        if (count.tally().returned() == 0) {
            throw new ElectionRuleException("ballots", "election.count.noBallots");
        }
        int inBox = returned == null ? count.tally().returned() : returned;
        List<SumChecks.Failure> failures = SumChecks.check(round.issued(), inBox, count.tally());
        if (!failures.isEmpty()) {
            throw new ElectionRuleException(
                    "returned",
                    "election.count.sumChecks." + failures.get(0).check().name(),
                    inBox,
                    round.issued());
        }
        int denominator = AttendanceCounting.figures(congress.kind(), congresses.attendees(congress.id()))
                .denominator();
        if (denominator < 1) {
            throw new ElectionRuleException("denominator", "election.count.noDenominator");
        }
        RoundOutcome outcome = RoundOutcome.decide(count.tally().votes(), round.seats(), denominator);
        records.saveCount(round.id(), denominator, inBox, count.tally().votes(), outcome.elected());
        List<RoundRow> rounds = records.rounds(electionId);
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        boolean branch =
                organizations.summary(user, congress.organizationId()).type().isBranch();
        ElectionProgress.Step step = ElectionProgress.next(
                        rules, election.kind(), branch, election.seats(), RoundResults.counted(rounds, rounds.size()))
                .step();
        if (step == ElectionProgress.Step.DONE) {
            records.setStatus(electionId, ElectionStatus.DONE);
        } else if (step == ElectionProgress.Step.APPOINTMENT_BY_HIGHER_COMMITTEE) {
            records.setStatus(electionId, ElectionStatus.APPOINTMENT);
        }
        List<MemberId> elected = outcome.elected().stream()
                .map(i -> round.list().get(i).memberId())
                .toList();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round.number());
        after.put("denominator", denominator);
        after.put("returned", inBox);
        after.put("valid", count.tally().valid());
        after.put("elected", elected.stream().map(MemberId::value).toList());
        audit.record(user, "election.count", ElectionRecords.ENTITY, electionId.value(), null, after);
        events.publishEvent(new ElectionRoundCounted(electionId, round.number(), elected));
        return result(user, electionId, null);
    }

    /** The result of a round (the latest when null), as counted or as entered so far. */
    @Transactional(readOnly = true)
    public ElectionResult result(CurrentUser user, ElectionId electionId, Integer roundNumber) {
        ElectionRecords.Row election = records.load(electionId);
        CongressRecords.Row congress = congresses.load(election.congressId());
        organizationAccess.require(user, congress.organizationId(), Permission.ELECTION_VIEW);
        List<ElectionResult> all = results(user, election, congress, records.rounds(electionId));
        if (roundNumber == null) {
            return all.get(all.size() - 1);
        }
        return all.stream()
                .filter(r -> r.round() == roundNumber)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("round", "election.round.unknown", roundNumber));
    }

    List<ElectionResult> results(
            CurrentUser user, ElectionRecords.Row election, CongressRecords.Row congress, List<RoundRow> rounds) {
        boolean branch =
                organizations.summary(user, congress.organizationId()).type().isBranch();
        int denominator = AttendanceCounting.figures(congress.kind(), congresses.attendees(congress.id()))
                .denominator();
        RoundResults.Election e =
                new RoundResults.Election(election, ElectionRules.on(congress.openingDate()), branch, denominator);
        List<ElectionResult> results = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            RoundRow round = rounds.get(i);
            results.add(RoundResults.of(
                    e, rounds, i, RoundResults.count(round, records.ballots(round.id(), round.entries()))));
        }
        return results;
    }

    RoundRow currentRound(ElectionRecords.Row election) {
        List<RoundRow> rounds = records.rounds(election.id());
        return rounds.get(rounds.size() - 1);
    }

    private RoundRow countableRound(ElectionRecords.Row election, CongressRecords.Row congress) {
        if (congress.status() != CongressStatus.HELD) {
            throw new InvalidInputException("status", "congress.status.notHeld");
        }
        if (election.status() != ElectionStatus.OPEN) {
            throw new InvalidInputException("status", "election.status.notOpen");
        }
        RoundRow round = currentRound(election);
        if (round.counted()) {
            throw new InvalidInputException("round", "election.round.counted");
        }
        if (round.issued() == null) {
            throw new ElectionRuleException("issued", "election.count.issuedFirst");
        }
        return round;
    }

    /** The ballot as positions on the round's list; a name not on it or content that does not fit the form is refused. */
    private static BallotContent content(RoundRow round, EnterBallot b) {
        int given = (b.kept() != null ? 1 : 0) + (b.marks() != null ? 1 : 0) + (b.invalid() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("ballot", "election.ballot.oneOf");
        }
        if (b.invalid() != null) {
            if (!b.invalid().appliesTo(round.form())) {
                throw new InvalidInputException("invalid", "election.ballot.codeNotForForm");
            }
            return new BallotContent.Declared(b.invalid());
        }
        if (b.kept() != null) {
            if (round.form() != BallotForm.CROSSING_OUT) {
                throw new InvalidInputException("kept", "election.ballot.marksExpected");
            }
            int[] positions = new int[b.kept().size()];
            for (int i = 0; i < positions.length; i++) {
                MemberId id = b.kept().get(i);
                positions[i] = (id == null ? java.util.Optional.<Integer>empty() : round.position(id))
                        .orElseThrow(() -> new InvalidInputException("kept", "election.ballot.notOnList"));
            }
            if (java.util.Arrays.stream(positions).distinct().count() != positions.length) {
                throw new InvalidInputException("kept", "election.candidates.duplicate");
            }
            return new BallotContent.Kept(positions);
        }
        if (round.form() == BallotForm.CROSSING_OUT) {
            throw new InvalidInputException("marks", "election.ballot.keptExpected");
        }
        Mark[] marks = new Mark[round.list().size()];
        for (Map.Entry<MemberId, Mark> mark : b.marks().entrySet()) {
            int position = (mark.getKey() == null ? java.util.Optional.<Integer>empty() : round.position(mark.getKey()))
                    .orElseThrow(() -> new InvalidInputException("marks", "election.ballot.notOnList"));
            marks[position] = mark.getValue();
        }
        return new BallotContent.Marked(marks);
    }

    private static BallotVerdict verdict(RoundRow round, BallotContent content) {
        try {
            return new BallotValidator(round.form(), round.list().size(), round.seats()).verdict(content);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("ballot", "election.ballot.doesNotFit");
        }
    }

    private static BallotEntered entered(RoundRow round, int entry, int number, BallotVerdict verdict) {
        List<MemberId> votesFor = new ArrayList<>();
        for (int position : verdict.votes()) {
            votesFor.add(round.list().get(position).memberId());
        }
        return new BallotEntered(entry, number, verdict.valid(), verdict.invalidBecause(), votesFor);
    }
}
