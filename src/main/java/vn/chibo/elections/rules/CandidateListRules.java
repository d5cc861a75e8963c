package vn.chibo.elections.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chibo.elections.ElectionKind;

/**
 * The size of an election's list against its seats, by kind of election (QĐ 190-QĐ/TW Điều 14; QĐ 294-QĐ/TW for
 * branches): refused when an adopted list breaks a rule, with a warning where the convening committee's plan strays
 * from the 10–15% surplus it should prepare.
 */
public final class CandidateListRules {

    private CandidateListRules() {}

    /** Where the election is held: a branch (chi bộ) and its number of official members, or a committee. */
    public record Setting(boolean branch, int officialMembers) {}

    /** The first rule the list breaks, if any. */
    public static Optional<Violation> check(
            ElectionRules rules, ElectionKind kind, int seats, int candidates, Setting setting) {
        if (seats < 1) {
            return Optional.of(Violation.of("seats", "election.rule.seatsPositive"));
        }
        if (kind.singleSeat() && seats != 1) {
            return Optional.of(Violation.of("seats", "election.rule.singleSeat"));
        }
        Optional<Violation> structure = branchStructure(rules, kind, seats, setting);
        if (structure.isPresent()) {
            return structure;
        }
        if (candidates < seats) {
            return Optional.of(Violation.of("candidates", "election.rule.tooFewCandidates", candidates, seats));
        }
        if (kind.requiresSurplus()) {
            // Điều 14.1: more candidates than seats, and at most the surplus the congress may allow.
            if (candidates == seats) {
                return Optional.of(Violation.of("candidates", "election.rule.surplusRequired", rules.regulation()));
            }
            int max = rules.maxCandidates(seats);
            if (candidates > max) {
                return Optional.of(Violation.of(
                        "candidates",
                        seats <= rules.smallCommitteeMaxSeats()
                                ? "election.rule.smallCommitteeSurplus"
                                : "election.rule.surplusTooLarge",
                        rules.regulation(),
                        candidates,
                        seats,
                        max,
                        rules.maxSurplusPercent()));
            }
        }
        return Optional.empty();
    }

    /** QĐ 294-QĐ/TW: who a branch may elect, by its number of official members. */
    private static Optional<Violation> branchStructure(
            ElectionRules rules, ElectionKind kind, int seats, Setting setting) {
        if (!setting.branch()) {
            return Optional.empty();
        }
        return switch (kind) {
            case COMMITTEE -> {
                if (setting.officialMembers() < rules.branchCommitteeMinOfficialMembers()) {
                    yield Optional.of(Violation.of(
                            "kind",
                            "election.rule.branchTooSmallForCommittee",
                            setting.officialMembers(),
                            rules.branchCommitteeMinOfficialMembers()));
                }
                if (seats > rules.branchCommitteeMaxSeats()) {
                    yield Optional.of(Violation.of(
                            "seats", "election.rule.branchCommitteeTooLarge", rules.branchCommitteeMaxSeats()));
                }
                yield Optional.empty();
            }
            case DEPUTY_SECRETARY ->
                seats > rules.branchDeputySecretaries()
                        ? Optional.of(
                                Violation.of("seats", "election.rule.branchDeputies", rules.branchDeputySecretaries()))
                        : Optional.empty();
            case STANDING_COMMITTEE, INSPECTION_COMMITTEE, INSPECTION_CHAIR ->
                Optional.of(Violation.of("kind", "election.rule.notAtBranch"));
            default -> Optional.empty();
        };
    }

    /**
     * Warnings on the convening committee's planned list (Điều 14.2): a surplus outside 10–15% of the seats, or more
     * than one for a committee of 3–5. Only the committee and standing committee lists plan a surplus.
     */
    public static List<String> planWarnings(ElectionRules rules, ElectionKind kind, int seats, int candidates) {
        List<String> warnings = new ArrayList<>();
        if (!kind.requiresSurplus() || seats < 1 || candidates <= seats) {
            return warnings;
        }
        int surplus = candidates - seats;
        if (seats <= rules.smallCommitteeMaxSeats()) {
            if (surplus > rules.smallCommitteeSurplus()) {
                warnings.add("election.plan.smallCommitteeSurplus");
            }
            return warnings;
        }
        // Compare in hundredths so that 10% of 9 seats (0.9) asks for at least one extra name.
        if (surplus * 100 < seats * rules.plannedSurplusMinPercent()) {
            warnings.add("election.plan.surplusBelowPlan");
        } else if (surplus * 100 > seats * rules.plannedSurplusMaxPercent() && surplus > 1) {
            warnings.add("election.plan.surplusAbovePlan");
        }
        return warnings;
    }
}
