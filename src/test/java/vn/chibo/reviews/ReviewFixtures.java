package vn.chibo.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.reviews.MemberReviewFacts.Suspension;
import vn.chibo.reviews.MemberReviewFacts.TaskResults;

/** Members' review years for the tests: a clean year by default, changed one fact at a time. */
final class ReviewFixtures {

    /** The 2025 review conference, held under QĐ 366. */
    static final LocalDate REVIEW_2025 = LocalDate.of(2025, 12, 15);

    /** A 2024 review conference, held under QĐ 124. */
    static final LocalDate REVIEW_2024 = LocalDate.of(2024, 12, 16);

    static final TaskResults ALL_TASKS_WELL = new TaskResults(true, 40, true);

    private ReviewFixtures() {}

    /** Chị Lan, admitted in 2015, with a clean year: 95 points and every task well done. */
    static MemberYear lan() {
        return new MemberYear();
    }

    static final class MemberYear {
        Year year = Year.of(2025);
        LocalDate admissionDate = LocalDate.of(2015, 3, 8);
        boolean exempt;
        Suspension suspension = Suspension.NONE;
        int sickLeaveMonths;
        boolean maternityLeave;
        List<LocalDate> disciplineDecisions = new ArrayList<>();
        boolean degradationFinding;
        Integer targetsAchievedPercent = 100;
        boolean civilServiceNotCompleted;
        boolean forbiddenConduct;
        boolean exampleDutyBreached;
        boolean criterionRatedPoor;
        BigDecimal score = BigDecimal.valueOf(95);
        TaskResults tasks = ALL_TASKS_WELL;

        MemberYear year(int value) {
            year = Year.of(value);
            return this;
        }

        MemberYear admitted(LocalDate date) {
            admissionDate = date;
            return this;
        }

        MemberYear exempt() {
            exempt = true;
            return this;
        }

        MemberYear suspended(Suspension value) {
            suspension = value;
            return this;
        }

        MemberYear sickLeave(int months) {
            sickLeaveMonths = months;
            return this;
        }

        MemberYear maternityLeave() {
            maternityLeave = true;
            return this;
        }

        MemberYear disciplinedOn(LocalDate date) {
            disciplineDecisions.add(date);
            return this;
        }

        MemberYear degradation() {
            degradationFinding = true;
            return this;
        }

        MemberYear targets(Integer percent) {
            targetsAchievedPercent = percent;
            return this;
        }

        MemberYear civilServiceNotCompleted() {
            civilServiceNotCompleted = true;
            return this;
        }

        MemberYear forbiddenConduct() {
            forbiddenConduct = true;
            return this;
        }

        MemberYear exampleDutyBreached() {
            exampleDutyBreached = true;
            return this;
        }

        MemberYear criterionPoor() {
            criterionRatedPoor = true;
            return this;
        }

        MemberYear score(String value) {
            score = value == null ? null : new BigDecimal(value);
            return this;
        }

        MemberYear tasks(TaskResults value) {
            tasks = value;
            return this;
        }

        /** The year with the knock-out's fact: each knock-out on its own. */
        MemberYear with(KnockOut knockOut) {
            return switch (knockOut) {
                case DEGRADATION -> degradation();
                case TARGETS_NOT_MET -> targets(49);
                case CIVIL_SERVICE_NOT_COMPLETED -> civilServiceNotCompleted();
                case DISCIPLINED -> disciplinedOn(LocalDate.of(year.getValue(), 6, 20));
                case FORBIDDEN_CONDUCT -> forbiddenConduct();
                case EXAMPLE_DUTY_BREACHED -> exampleDutyBreached();
                case CRITERION_POOR -> criterionPoor();
            };
        }

        MemberReviewFacts facts() {
            return new MemberReviewFacts(
                    year,
                    admissionDate,
                    exempt,
                    suspension,
                    sickLeaveMonths,
                    maternityLeave,
                    disciplineDecisions,
                    degradationFinding,
                    targetsAchievedPercent,
                    civilServiceNotCompleted,
                    forbiddenConduct,
                    exampleDutyBreached,
                    criterionRatedPoor,
                    score,
                    tasks);
        }

        RatingAssessment assessedOn(LocalDate reviewDate) {
            return MemberRatingRules.assess(facts(), reviewDate);
        }
    }
}
