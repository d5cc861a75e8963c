package vn.chibo.elections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chibo.elections.ElectionRecords.RoundRow;
import vn.chibo.elections.counting.BallotValidator;
import vn.chibo.elections.counting.ElectionProgress;
import vn.chibo.elections.counting.Reconciliation;
import vn.chibo.elections.counting.RoundOutcome;
import vn.chibo.elections.counting.SumChecks;
import vn.chibo.elections.counting.Tally;
import vn.chibo.elections.rules.CongressDenominator;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.members.MemberId;

/**
 * Builds the result of a round from its ballots: the ballots every entry read alike are counted, against the
 * denominator stored when the round was counted, or today's while it is being entered.
 */
final class RoundResults {

    private RoundResults() {}

    /** The inputs of an election's results. */
    record Election(ElectionRecords.Row row, ElectionRules rules, boolean branch, int currentDenominator) {}

    /** The count of a round's reconciled ballots and how many ballots the entries read differently. */
    record Count(Tally tally, int differences) {}

    static Count count(RoundRow round, List<List<Reconciliation.Entered>> ballots) {
        Reconciliation.Report report = Reconciliation.reconcile(ballots);
        BallotValidator validator =
                new BallotValidator(round.form(), round.list().size(), round.seats());
        Tally tally = Tally.count(
                validator,
                round.list().size(),
                report.agreed().stream().map(Reconciliation.Entered::content).toList());
        return new Count(tally, report.differences().size());
    }

    static int denominator(Election e, RoundRow round) {
        return round.counted() && round.denominator() != null ? round.denominator() : e.currentDenominator();
    }

    /** The rounds before {@code upTo} as the progress rules see them (their stored votes). */
    static List<ElectionProgress.Round> counted(List<RoundRow> rounds, int upTo) {
        List<ElectionProgress.Round> progress = new ArrayList<>();
        for (int i = 0; i < upTo; i++) {
            RoundRow r = rounds.get(i);
            if (!r.counted()) {
                break;
            }
            int[] votes = r.list().stream()
                    .mapToInt(c -> c.votes() == null ? 0 : c.votes())
                    .toArray();
            progress.add(
                    new ElectionProgress.Round(r.memberIds(), RoundOutcome.decide(votes, r.seats(), r.denominator())));
        }
        return progress;
    }

    static ElectionResult of(Election e, List<RoundRow> rounds, int index, Count count) {
        RoundRow round = rounds.get(index);
        Tally tally = count.tally();
        int denominator = denominator(e, round);
        RoundOutcome outcome = RoundOutcome.decide(tally.votes(), round.seats(), denominator);
        List<CandidateResult> candidates = new ArrayList<>();
        for (int i = 0; i < round.list().size(); i++) {
            var c = round.list().get(i);
            candidates.add(new CandidateResult(
                    c.memberId(),
                    c.fullName(),
                    tally.votes(i),
                    RoundOutcome.percent(tally.votes(i), denominator),
                    round.counted() && outcome.elected().contains(i)));
        }
        List<ElectionProgress.Round> before = counted(rounds, index);
        List<MemberId> elected = new ArrayList<>();
        ElectionProgress.elected(before).forEach(id -> elected.add(MemberId.of(id)));
        List<MemberId> thisRound = outcome.elected().stream()
                .map(i -> round.list().get(i).memberId())
                .toList();
        if (round.counted()) {
            elected.addAll(thisRound);
        }
        List<String> checks =
                SumChecks.check(round.issued() == null ? Integer.MAX_VALUE : round.issued(), round.returned(), tally)
                        .stream()
                        .map(f -> f.position() < 0
                                ? f.check().name()
                                : f.check().name() + ":"
                                        + round.list().get(f.position()).memberId())
                        .toList();
        String next = "COUNTING";
        if (round.counted()) {
            List<ElectionProgress.Round> upToThis = new ArrayList<>(before);
            upToThis.add(new ElectionProgress.Round(round.memberIds(), outcome));
            next = ElectionProgress.next(
                            e.rules(), e.row().kind(), e.branch(), e.row().seats(), upToThis)
                    .step()
                    .name();
        }
        return new ElectionResult(
                e.row().id(),
                e.row().kind(),
                e.row().seats(),
                round.number(),
                round.kind(),
                round.form(),
                round.counted(),
                denominator,
                CongressDenominator.threshold(denominator),
                round.issued(),
                round.returned(),
                tally.valid(),
                tally.invalid(),
                Map.copyOf(tally.invalidByReason()),
                candidates,
                elected,
                round.counted() ? thisRound : List.of(),
                outcome.runoff().stream()
                        .map(i -> round.list().get(i).memberId())
                        .toList(),
                outcome.tieAtCutOff(),
                outcome.unfilledSeats(),
                checks,
                count.differences(),
                next,
                e.row().status());
    }
}
