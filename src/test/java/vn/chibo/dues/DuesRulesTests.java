package vn.chibo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.InvalidInputException;

/** The dues rules either side of 01/02/2026, when Quy định 01-QĐ/TW replaced QĐ 342-QĐ/TW. */
class DuesRulesTests {

    private static final YearMonth JANUARY_2026 = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY_2026 = YearMonth.of(2026, 2);

    @Test
    void theMonthPicksTheRegulation() {
        assertThat(DuesRules.on(JANUARY_2026)).isEqualTo(DuesRules.QD_342);
        assertThat(DuesRules.on(FEBRUARY_2026)).isEqualTo(DuesRules.QD_01);
        assertThat(DuesRules.on(YearMonth.of(2011, 4))).isEqualTo(DuesRules.QD_342);
        assertThat(DuesRules.on(YearMonth.of(2011, 3))).isNull();
    }

    @Test
    void aTeacherPaysOnePercentOfHerSalaryBaseRoundedHalfUpToTheDong() {
        for (YearMonth month : new YearMonth[] {JANUARY_2026, FEBRUARY_2026}) {
            DuesAssessment due = DuesRules.on(month).assess(DuesCategory.BHXH_SALARY, 6_234_550L, 20, null);
            assertThat(due.amountDue()).isEqualTo(62_346L);
            assertThat(due.standing()).isEqualTo(DuesStanding.FULL);
        }
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.BHXH_SALARY, 6_234_549L, 20, null)
                        .amountDue())
                .isEqualTo(62_345L);
    }

    @Test
    void aPensionerPaysHalfAPercentOfHerPension() {
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.PENSION, 5_000_100L, 30, null)
                        .amountDue())
                .isEqualTo(25_001L);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.PENSION, 5_000_000L, 30, null)
                        .amountDue())
                .isEqualTo(25_000L);
    }

    @Test
    void aStudentPaysFiveThousandFromFebruary2026AndTheBranchsFixedAmountBefore() {
        assertThat(DuesRules.QD_01.assess(DuesCategory.STUDENT, null, 1, null).amountDue())
                .isEqualTo(5_000L);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.STUDENT, 20_000L, 1, null)
                        .amountDue())
                .isEqualTo(5_000L);
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.STUDENT, 3_000L, 1, null)
                        .amountDue())
                .isEqualTo(3_000L);
        // QĐ 342: others pay 2,000–30,000 VND a month; an amount outside the range cannot be priced.
        DuesAssessment outside = DuesRules.QD_342.assess(DuesCategory.STUDENT, 1_000L, 1, null);
        assertThat(outside.amountDue()).isNull();
        assertThat(outside.standing()).isEqualTo(DuesStanding.NO_BASIS);
        assertThat(DuesRules.QD_342.fixedCategory(DuesCategory.STUDENT)).isTrue();
        assertThat(DuesRules.QD_01.fixedCategory(DuesCategory.STUDENT)).isFalse();
    }

    @Test
    void fiftyYearsOfPartyAgeExemptFromFebruary2026ButNotADayBefore() {
        DuesAssessment at50 = DuesRules.QD_01.assess(DuesCategory.PENSION, 6_000_000L, 50, null);
        assertThat(at50.amountDue()).isZero();
        assertThat(at50.standing()).isEqualTo(DuesStanding.EXEMPT_AGE);
        DuesAssessment at49 = DuesRules.QD_01.assess(DuesCategory.PENSION, 6_000_000L, 49, null);
        assertThat(at49.amountDue()).isEqualTo(30_000L);
        assertThat(at49.standing()).isEqualTo(DuesStanding.FULL);
        // QĐ 342 had no exemption by party age.
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.PENSION, 6_000_000L, 55, null)
                        .amountDue())
                .isEqualTo(30_000L);
    }

    @Test
    void theSocialPensionIsExemptUnderQd01Only() {
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.SOCIAL_PENSION, null, 10, null)
                        .standing())
                .isEqualTo(DuesStanding.EXEMPT_SOCIAL_PENSION);
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.SOCIAL_PENSION, 10_000L, 10, null)
                        .amountDue())
                .isEqualTo(10_000L);
    }

    @Test
    void aReductionLeavesSeventyFiftyOrThirtyPercentRoundedHalfUp() {
        DuesRules.Relief by30 = new DuesRules.Relief(ReliefKind.REDUCTION, 30);
        DuesRules.Relief by50 = new DuesRules.Relief(ReliefKind.REDUCTION, 50);
        DuesRules.Relief by70 = new DuesRules.Relief(ReliefKind.REDUCTION, 70);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.BHXH_SALARY, 5_000_000L, 5, by30)
                        .amountDue())
                .isEqualTo(35_000L);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.BHXH_SALARY, 5_000_000L, 5, by50)
                        .amountDue())
                .isEqualTo(25_000L);
        DuesAssessment reduced = DuesRules.QD_01.assess(DuesCategory.BHXH_SALARY, 4_123_400L, 5, by70);
        // 1% is 41,234; 30% of it is 12,370.2, so 12,370.
        assertThat(reduced.amountDue()).isEqualTo(12_370L);
        assertThat(reduced.standing()).isEqualTo(DuesStanding.REDUCED);
        assertThat(reduced.reducedPercent()).isEqualTo(70);
    }

    @Test
    void anExemptionByDecisionOutweighsAReductionAndPartyAgeComesFirst() {
        DuesRules.Relief exemption = new DuesRules.Relief(ReliefKind.EXEMPTION, null);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.BHXH_SALARY, 5_000_000L, 5, exemption)
                        .standing())
                .isEqualTo(DuesStanding.EXEMPT_DECISION);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.BHXH_SALARY, 5_000_000L, 52, exemption)
                        .standing())
                .isEqualTo(DuesStanding.EXEMPT_AGE);
    }

    @Test
    void withoutABasisNothingIsDue() {
        DuesAssessment none = DuesRules.QD_01.assess(null, null, 5, null);
        assertThat(none.amountDue()).isNull();
        assertThat(none.standing()).isEqualTo(DuesStanding.NO_BASIS);
    }

    @Test
    void theRetentionSharesAreQd342sTableAndConfigurableUnderQd01() {
        assertThat(DuesRules.QD_342.sharesVerified()).isTrue();
        assertThat(DuesRules.QD_01.sharesVerified()).isFalse();
        assertThat(DuesRules.QD_01.grassrootsKeptPercent()).isEqualTo(DuesRules.QD_342.grassrootsKeptPercent());
        DuesRules configured = DuesRules.qd01(40, 60);
        assertThat(DuesRules.on(FEBRUARY_2026, configured).branchKeptPercent()).isEqualTo(40);
        assertThat(DuesRules.on(JANUARY_2026, configured)).isEqualTo(DuesRules.QD_342);
        // What is kept is rounded down to the đồng; the rest goes up.
        assertThat(DuesRules.kept(100_001L, 70)).isEqualTo(70_000L);
    }

    @Test
    void eachKindOfOrganizationKeepsItsQd342ShareAndSharesNotFoundUnderQd01StayUnknown() {
        assertThat(RetentionLevel.of(OrganizationType.BRANCH)).isEqualTo(RetentionLevel.BRANCH_UNDER_GRASSROOTS);
        assertThat(RetentionLevel.of(OrganizationType.GRASSROOTS_BRANCH)).isEqualTo(RetentionLevel.OTHER_GRASSROOTS);
        assertThat(RetentionLevel.of(OrganizationType.GRASSROOTS_COMMITTEE)).isEqualTo(RetentionLevel.OTHER_GRASSROOTS);
        assertThat(RetentionLevel.of(OrganizationType.PROVINCIAL_COMMITTEE)).isEqualTo(RetentionLevel.ABOVE_GRASSROOTS);
        assertThat(RetentionLevel.of(OrganizationType.SUB_COMMITTEE)).isNull();

        // QĐ 342-QĐ/TW: branch under a grassroots committee 30–50% (50 configured), commune 90%, other grassroots
        // 70%, each level above 50%.
        assertThat(DuesRules.QD_342.keptPercent(RetentionLevel.BRANCH_UNDER_GRASSROOTS))
                .isEqualTo(50);
        assertThat(DuesRules.QD_342.keptPercent(RetentionLevel.COMMUNE_GRASSROOTS))
                .isEqualTo(90);
        assertThat(DuesRules.QD_342.keptPercent(RetentionLevel.OTHER_GRASSROOTS))
                .isEqualTo(70);
        assertThat(DuesRules.QD_342.keptPercent(RetentionLevel.ABOVE_GRASSROOTS))
                .isEqualTo(50);
        assertThat(DuesRules.QD_342.keptPercent(null)).isNull();
        assertThat(DuesRuleSets.keptPercent(DuesRules.QD_342, OrganizationType.GRASSROOTS_BRANCH))
                .isEqualTo(70);
        assertThat(DuesRuleSets.keptPercent(DuesRules.QD_342, OrganizationType.BRANCH))
                .isEqualTo(50);

        // Quy định 01-QĐ/TW gives none: the branch shares are configured, the others unknown unless configured.
        assertThat(DuesRules.QD_01.keptPercent(RetentionLevel.COMMUNE_GRASSROOTS))
                .isNull();
        assertThat(DuesRules.QD_01.keptPercent(RetentionLevel.ABOVE_GRASSROOTS)).isNull();
        DuesRules configured = DuesRules.qd01(40, 60, 45);
        assertThat(configured.keptPercent(RetentionLevel.ABOVE_GRASSROOTS)).isEqualTo(45);
        assertThat(configured.keptPercent(RetentionLevel.OTHER_GRASSROOTS)).isEqualTo(60);
        assertThat(configured.keptPercent(RetentionLevel.COMMUNE_GRASSROOTS)).isNull();
        assertThatThrownBy(() -> DuesRules.qd01(40, 60, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onSickOrMaternityLeaveAMemberPaysOnePercentOfTheBenefitFromFebruary2026Only() {
        DuesAssessment onLeave = DuesRules.QD_01.assess(DuesCategory.SICKNESS_MATERNITY_BENEFIT, 4_234_550L, 12, null);
        assertThat(onLeave.amountDue()).isEqualTo(42_346L);
        assertThat(onLeave.standing()).isEqualTo(DuesStanding.FULL);
        // QĐ 342-QĐ/TW prices no benefit: such a basis cannot be priced, and is refused when recorded.
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.SICKNESS_MATERNITY_BENEFIT, 4_234_550L, 12, null)
                        .standing())
                .isEqualTo(DuesStanding.NO_BASIS);
        RecordDuesBasis benefit =
                new RecordDuesBasis(MemberId.of(1), DuesCategory.SICKNESS_MATERNITY_BENEFIT, 4_234_550L, JANUARY_2026);
        assertThatThrownBy(() -> DuesInput.basisAmount(benefit, DuesRules.QD_342, "Phan Thị Thu Hà"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("category");
                    assertThat(e.arguments()).contains("Phan Thị Thu Hà", "QĐ 342-QĐ/TW");
                });
        assertThat(DuesInput.basisAmount(benefit, DuesRules.QD_01, "Phan Thị Thu Hà"))
                .isEqualTo(4_234_550L);
        assertThat(DuesRules.QD_01.fixedCategory(DuesCategory.SICKNESS_MATERNITY_BENEFIT))
                .isFalse();
    }

    @Test
    void beyondWorkingAgeAMemberPaysHalfTheFixedAmountButNotOfASalaryOrAFixedStudentRate() {
        DuesAssessment half = DuesRules.QD_342.assess(DuesCategory.OTHER, 15_000L, true, 20, null);
        assertThat(half.amountDue()).isEqualTo(7_500L);
        assertThat(half.standing()).isEqualTo(DuesStanding.BEYOND_WORKING_AGE);
        // Half of 2,001 is 1,000.5: rounded half up like every due.
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.OTHER, 2_001L, true, 20, null)
                        .amountDue())
                .isEqualTo(1_001L);
        // Under QĐ 342 students are among the others (half of 10,000); from 02/2026 they pay 5,000 VND, not halved.
        assertThat(DuesRules.QD_342
                        .assess(DuesCategory.STUDENT, 10_000L, true, 1, null)
                        .amountDue())
                .isEqualTo(5_000L);
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.STUDENT, null, true, 1, null)
                        .amountDue())
                .isEqualTo(5_000L);
        // A member beyond working age who still works pays on her salary, in full.
        DuesAssessment working = DuesRules.QD_342.assess(DuesCategory.BHXH_SALARY, 5_000_000L, true, 20, null);
        assertThat(working.amountDue()).isEqualTo(50_000L);
        assertThat(working.standing()).isEqualTo(DuesStanding.FULL);
        // A reduction by decision applies to the half.
        DuesAssessment reduced = DuesRules.QD_342.assess(
                DuesCategory.OTHER, 20_000L, true, 20, new DuesRules.Relief(ReliefKind.REDUCTION, 50));
        assertThat(reduced.amountDue()).isEqualTo(5_000L);
        assertThat(reduced.standing()).isEqualTo(DuesStanding.REDUCED);
        // Exemptions come first.
        assertThat(DuesRules.QD_01
                        .assess(DuesCategory.OTHER, 20_000L, true, 50, null)
                        .standing())
                .isEqualTo(DuesStanding.EXEMPT_AGE);
    }

    @Test
    void whatQd01DoesNotStateIsFlaggedAsUnverifiedAndQd342HasNothingToFlag() {
        assertThat(DuesRules.QD_342.unverified()).isEmpty();
        assertThat(DuesRules.QD_01.unverified())
                .containsExactlyInAnyOrder(
                        DuesRules.Parameter.RETENTION_SHARES,
                        DuesRules.Parameter.OTHERS_FIXED_RANGE,
                        DuesRules.Parameter.BEYOND_WORKING_AGE_HALF);
        assertThat(DuesRules.QD_01.beyondWorkingAgePercent()).isEqualTo(DuesRules.QD_342.beyondWorkingAgePercent());
    }
}
