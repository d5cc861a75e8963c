package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.ElectionRules.Parameter;

class ElectionRulesTests {

    @Test
    void aCongressIsHeldToTheRulesInForceOnItsOpeningDate() {
        assertThat(ElectionRules.on(LocalDate.of(2024, 10, 9))).isSameAs(ElectionRules.QD_244);
        assertThat(ElectionRules.on(LocalDate.of(2024, 10, 10))).isSameAs(ElectionRules.QD_190);
        assertThat(ElectionRules.on(LocalDate.of(2027, 5, 14))).isSameAs(ElectionRules.QD_190);
        // Seed 000's branch congress (02/8/2017) and seed 001's committee congress (21/5/2020) fall under QĐ 244.
        assertThat(ElectionRules.on(LocalDate.of(2017, 8, 2)).regulation()).isEqualTo("QĐ 244-QĐ/TW");
        assertThat(ElectionRules.on(LocalDate.of(2020, 5, 21)).delegatesFromOneList())
                .isFalse();
        assertThat(ElectionRules.on(LocalDate.of(2025, 6, 1)).delegatesFromOneList())
                .isTrue();
        // Before QĐ 244 ChiBo knows no other set and uses the earliest.
        assertThat(ElectionRules.on(LocalDate.of(2010, 1, 1))).isSameAs(ElectionRules.QD_244);
    }

    @Test
    void theLargestSurplusIsThirtyPercentOfTheSeatsAndOneForCommitteesOfThreeToFive() {
        ElectionRules r = ElectionRules.QD_190;
        assertThat(r.maxSurplus(3)).isEqualTo(1);
        assertThat(r.maxSurplus(5)).isEqualTo(1);
        assertThat(r.maxSurplus(6)).isEqualTo(1); // 1.8
        assertThat(r.maxSurplus(7)).isEqualTo(2); // 2.1
        assertThat(r.maxSurplus(9)).isEqualTo(2); // 2.7: seed 001's committee of 9 takes at most 11 names
        assertThat(r.maxCandidates(9)).isEqualTo(11);
        assertThat(r.maxSurplus(10)).isEqualTo(3);
        assertThat(r.maxSurplus(45)).isEqualTo(13); // 13.5
    }

    @Test
    void parametersRecalledFromMemoryAreFlaggedSoThatThePagesCanSaySo() {
        assertThat(ElectionRules.QD_190.isFromMemory(Parameter.TIE_RULE)).isTrue();
        assertThat(ElectionRules.QD_190.isFromMemory(Parameter.FLOOR_NOMINATION_PERCENT))
                .isFalse();
        assertThat(ElectionRules.QD_190.isFromMemory(Parameter.DELEGATES_FROM_ONE_LIST))
                .isFalse();
        assertThat(ElectionRules.QD_244.isFromMemory(Parameter.DELEGATES_FROM_ONE_LIST))
                .isTrue();
        assertThat(ElectionRules.QD_190.timingMarginMonths(true)).isEqualTo(6);
        assertThat(ElectionRules.QD_190.timingMarginMonths(false)).isEqualTo(12);
        assertThat(ElectionRules.QD_190.isFromMemory(Parameter.OTHER_TIMING_MARGIN))
                .isTrue();
    }

    @Test
    void theOptionsTheRulesTakeAreShownOnThePagesAndAVariantDiffersOnlyThere() {
        assertThat(ElectionRules.QD_190.options())
                .containsExactly(
                        "rules.tieRule.RESTRICTED_RUNOFF",
                        "rules.alternateOrder.SAME_ORGANIZATION_BY_VOTES",
                        "rules.delegateList.ONE",
                        "rules.delegatesByRight.true");
        assertThat(ElectionRules.QD_244.options()).contains("rules.delegateList.SEPARATE");
        ElectionRules variant = ElectionRules.QD_190.with(ElectionRules.AlternateOrder.BY_VOTES);
        assertThat(variant.alternateOrder()).isEqualTo(ElectionRules.AlternateOrder.BY_VOTES);
        assertThat(variant.with(ElectionRules.AlternateOrder.SAME_ORGANIZATION_BY_VOTES))
                .isEqualTo(ElectionRules.QD_190);
        assertThat(ElectionRules.QD_190.with(ElectionRules.TieRule.RESTRICTED_RUNOFF))
                .isEqualTo(ElectionRules.QD_190);
    }

    @Test
    void everyOptionOfEveryVariantHasItsVietnameseLabel() throws java.io.IOException {
        java.util.Properties vi = new java.util.Properties();
        try (var in = ElectionRulesTests.class.getResourceAsStream("/i18n/messages.properties")) {
            vi.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (ElectionRules base : java.util.List.of(ElectionRules.QD_190, ElectionRules.QD_244)) {
            for (ElectionRules.TieRule tie : ElectionRules.TieRule.values()) {
                for (ElectionRules.AlternateOrder order : ElectionRules.AlternateOrder.values()) {
                    for (String key : base.with(tie).with(order).options()) {
                        assertThat(vi.getProperty(key)).as(key).isNotBlank();
                    }
                }
            }
        }
        assertThat(vi.getProperty("rules.delegatesByRight.false")).isNotBlank();
    }
}
