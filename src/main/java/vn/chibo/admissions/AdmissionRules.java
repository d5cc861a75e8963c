package vn.chibo.admissions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.chibo.members.WorkingDays;

/**
 * The figures of the admission rules (party-rules.md §4.5): the age on the day the branch considers the person, counted
 * in months (18 to 60; above 60 the provincial-level committee must agree); the introducer's 12 months of work with her;
 * the branch's two thirds of its official members; three votes without them before the matter goes up; the competent
 * committee's 60 working days from the branch's resolution; the ceremony within 30 working days of the day the branch
 * received the decision; the
 * Youth Union's introduction for a person of youth age (up to 30).
 */
public final class AdmissionRules {

    public static final int MIN_AGE_YEARS = 18;
    public static final int MAX_AGE_YEARS = 60;
    public static final int YOUTH_AGE_YEARS = 30;
    public static final int INTRODUCER_MONTHS = 12;
    public static final int FAILED_VOTES_BEFORE_REFERRAL = 3;
    public static final int DECISION_WORKING_DAYS = 60;
    public static final int CEREMONY_WORKING_DAYS = 30;

    private AdmissionRules() {}

    /** Her age on the day in whole months, as the rules count it. */
    public static long ageInMonths(LocalDate birthDate, LocalDate on) {
        return ChronoUnit.MONTHS.between(birthDate, on);
    }

    public static boolean underAge(LocalDate birthDate, LocalDate on) {
        return ageInMonths(birthDate, on) < MIN_AGE_YEARS * 12L;
    }

    /** Above 60 (in months) on the day: admitted only with the provincial-level committee's agreement. */
    public static boolean aboveAge(LocalDate birthDate, LocalDate on) {
        return ageInMonths(birthDate, on) > MAX_AGE_YEARS * 12L;
    }

    public static boolean youthAge(LocalDate birthDate, LocalDate on) {
        return ageInMonths(birthDate, on) <= YOUTH_AGE_YEARS * 12L;
    }

    /** Whether the introducer had worked with her for 12 months by the day of the introduction. */
    public static boolean introducerLongEnough(LocalDate since, LocalDate introducedOn) {
        return !since.plusMonths(INTRODUCER_MONTHS).isAfter(introducedOn);
    }

    /** At least two thirds of the branch's official members in favour. */
    public static boolean passes(int officialMembers, int agree) {
        return agree * 3 >= officialMembers * 2;
    }

    /** The fewest in favour that pass: two thirds of the official members, rounded up. */
    public static int needed(int officialMembers) {
        return (officialMembers * 2 + 2) / 3;
    }

    /** The last day for the competent committee's decision, counted from the branch's resolution. */
    public static LocalDate decisionDue(LocalDate branchResolution) {
        return WorkingDays.add(branchResolution, DECISION_WORKING_DAYS);
    }

    /**
     * The last day for the ceremony without the higher committee's agreement, counted from the day the branch received
     * the decision (QĐ 232 §4.3: "kể từ ngày chi bộ nhận được quyết định").
     */
    public static LocalDate ceremonyDue(LocalDate received) {
        return WorkingDays.add(received, CEREMONY_WORKING_DAYS);
    }
}
