package vn.chibo.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Huy hiệu Đảng (HD 01-HD/TW 2021 §18): badges for 30, 40, 45 … 90 years of party age. A seriously ill member may get a
 * 30–65-year badge up to 12 months early and a 70–90-year badge up to 24 months early; a deceased member posthumously up
 * to 12 months early.
 */
public final class PartyBadges {

    public static final List<Integer> YEARS = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    /** The days badges are usually presented (3/2, 19/5, 2/9, 7/11); any date may be chosen. */
    public static final List<String> USUAL_AWARD_DAYS = List.of("03-02", "05-19", "09-02", "11-07");

    /** What allows an early award. */
    public enum Condition {
        NORMAL,
        SERIOUSLY_ILL,
        DECEASED
    }

    private PartyBadges() {}

    /** The day a member reaches {@code years} of party age. */
    public static LocalDate milestone(LocalDate admissionDate, int daysOut, int years) {
        return PartyAge.start(admissionDate, daysOut).plusYears(years);
    }

    /** How many months early the badge may be awarded. */
    public static int monthsEarly(int years, Condition condition) {
        return switch (condition) {
            case NORMAL -> 0;
            case SERIOUSLY_ILL -> years >= 70 ? 24 : 12;
            case DECEASED -> 12;
        };
    }

    /**
     * The badge for the award on {@code awardDate}, if any: the highest badge above {@code highestAwarded} (0 when none
     * was presented) whose milestone falls on or before the award date, or later by at most the early allowance. A
     * milestone reached after one award date, even late in December, stays due at every later award date until the
     * badge is recorded as presented (HD 01-HD/TW §18). For a deceased member the allowance runs from the death.
     */
    public static Optional<Integer> dueAt(
            LocalDate admissionDate,
            int daysOut,
            Condition condition,
            LocalDate deathDate,
            LocalDate awardDate,
            int highestAwarded) {
        Integer due = null;
        for (int years : YEARS) {
            if (years <= highestAwarded) {
                continue;
            }
            LocalDate reached = milestone(admissionDate, daysOut, years);
            LocalDate base = condition == Condition.DECEASED && deathDate != null ? deathDate : awardDate;
            LocalDate latest = base.plusMonths(monthsEarly(years, condition));
            if (condition == Condition.DECEASED && latest.isAfter(awardDate.plusMonths(12))) {
                latest = awardDate.plusMonths(12);
            }
            // HD 01-HD/TW §18: a badge reached (or within its early allowance) and not yet presented stays due.
            if (!reached.isAfter(latest)) {
                due = years;
            }
        }
        return Optional.ofNullable(due);
    }

    /** The badges reached by {@code asOf}. */
    public static List<Integer> reached(int partyAgeYears) {
        return YEARS.stream().filter(y -> y <= partyAgeYears).toList();
    }

    /** The next badge to reach, if any. */
    public static Optional<Integer> next(int partyAgeYears) {
        return YEARS.stream().filter(y -> y > partyAgeYears).findFirst();
    }

    /** The member's condition for the early allowances, from her status and whether she is seriously ill. */
    public static Condition condition(MemberStatus status, boolean seriouslyIll) {
        return status == MemberStatus.DECEASED
                ? Condition.DECEASED
                : seriouslyIll ? Condition.SERIOUSLY_ILL : Condition.NORMAL;
    }

    /**
     * Whether a badge of {@code years} may be presented on {@code awardedOn}: its milestone is reached by then, early
     * allowances included (HD 01-HD/TW §18).
     */
    public static boolean presentable(
            LocalDate admissionDate, int daysOut, int years, Condition condition, LocalDate awardedOn) {
        return !milestone(admissionDate, daysOut, years).isAfter(awardedOn.plusMonths(monthsEarly(years, condition)));
    }
}
