package vn.chibo.elections.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Violation;

/**
 * An election round after round: candidates elected in a round stay elected, and the next round is for the seats
 * left. After a tie at the cut-off the next round is a run-off among the tied (or, where the rule set says so, the
 * congress decides as after any unfilled round, the tied among the names left); unfilled delegate seats are voted on
 * again at least once before the congress decides; for the other bodies the congress decides whether to go on and on
 * whom; a branch secretary not elected after three rounds is appointed by the higher committee (QĐ 294-QĐ/TW).
 */
public final class ElectionProgress {

    private ElectionProgress() {}

    /** A counted round: its list (member ids, in list order) and its outcome over list positions. */
    public record Round(List<Long> list, RoundOutcome outcome) {

        public Round {
            list = List.copyOf(list);
        }

        List<Long> elected() {
            return outcome.elected().stream().map(list::get).toList();
        }

        List<Long> tied() {
            return outcome.runoff().stream().map(list::get).toList();
        }
    }

    public enum Step {
        /** Every seat is filled. */
        DONE,
        /** A run-off among the candidates tied at the cut-off, for the seats they dispute. */
        RUNOFF,
        /** Seats are left and the rules require another round. */
        FURTHER_ROUND,
        /** Seats are left; the congress decides whether to hold another round, and on whom. */
        CONGRESS_DECIDES,
        /** A branch secretary still not elected: the higher committee appoints one. */
        APPOINTMENT_BY_HIGHER_COMMITTEE
    }

    /** What comes next: the step, the seats of the next round, and its candidates (a proposal outside a run-off). */
    public record Next(Step step, int seats, List<Long> candidates) {}

    /** The elected candidates of every round, in the order of the rounds and, within one, of votes. */
    public static List<Long> elected(List<Round> rounds) {
        List<Long> elected = new ArrayList<>();
        rounds.forEach(r -> elected.addAll(r.elected()));
        return elected;
    }

    public static int remainingSeats(int totalSeats, List<Round> rounds) {
        return totalSeats - elected(rounds).size();
    }

    public static Next next(
            ElectionRules rules, ElectionKind kind, boolean branch, int totalSeats, List<Round> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("No round counted yet");
        }
        int remaining = remainingSeats(totalSeats, rounds);
        if (remaining <= 0) {
            return new Next(Step.DONE, 0, List.of());
        }
        Round last = rounds.get(rounds.size() - 1);
        if (last.outcome().tieAtCutOff() && rules.tieRule() == ElectionRules.TieRule.RESTRICTED_RUNOFF) {
            return new Next(Step.RUNOFF, last.outcome().runoffSeats(), last.tied());
        }
        if (kind == ElectionKind.SECRETARY && branch && rounds.size() >= rules.secretaryRoundsBeforeAppointment()) {
            return new Next(Step.APPOINTMENT_BY_HIGHER_COMMITTEE, remaining, List.of());
        }
        List<Long> elected = elected(rounds);
        List<Long> left =
                last.list().stream().filter(id -> !elected.contains(id)).toList();
        if (kind.delegates() && rounds.size() < rules.minimumDelegateRounds()) {
            return new Next(Step.FURTHER_ROUND, remaining, left);
        }
        return new Next(Step.CONGRESS_DECIDES, remaining, left);
    }

    /**
     * Whether a proposed next round fits: a run-off only among the tied and for the seats they dispute; another round
     * for exactly the seats left, with nobody already elected and at least as many names as seats.
     */
    public static Optional<Violation> checkNextRound(
            ElectionRules rules,
            ElectionKind kind,
            boolean branch,
            int totalSeats,
            List<Round> rounds,
            List<Long> candidates,
            int seats) {
        Next next = next(rules, kind, branch, totalSeats, rounds);
        switch (next.step()) {
            case DONE -> {
                return Optional.of(Violation.of("seats", "election.round.allFilled"));
            }
            case APPOINTMENT_BY_HIGHER_COMMITTEE -> {
                return Optional.of(Violation.of("kind", "election.round.appointment", rounds.size()));
            }
            case RUNOFF -> {
                if (seats != next.seats()
                        || candidates.size() != next.candidates().size()
                        || !candidates.containsAll(next.candidates())) {
                    return Optional.of(Violation.of("candidates", "election.round.runoffOnlyTied"));
                }
                return Optional.empty();
            }
            default -> {
                if (seats != next.seats()) {
                    return Optional.of(Violation.of("seats", "election.round.seatsLeft", next.seats()));
                }
                List<Long> elected = elected(rounds);
                if (candidates.stream().anyMatch(elected::contains)) {
                    return Optional.of(Violation.of("candidates", "election.round.alreadyElected"));
                }
                if (candidates.size() < seats || candidates.stream().distinct().count() != candidates.size()) {
                    return Optional.of(
                            Violation.of("candidates", "election.rule.tooFewCandidates", candidates.size(), seats));
                }
                return Optional.empty();
            }
        }
    }
}
