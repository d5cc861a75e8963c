package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the statistics place a member's particulars in the forms' groups. */
class MemberStatisticsTests {

    @Test
    void theQualificationIsTheHighestLevelTheTextNames() {
        assertThat(QualificationLevel.of("Tiến sĩ Ngữ văn")).isEqualTo(QualificationLevel.DOCTORATE);
        assertThat(QualificationLevel.of("TS. Toán học")).isEqualTo(QualificationLevel.DOCTORATE);
        assertThat(QualificationLevel.of("Thạc sĩ Quản lý giáo dục, Cử nhân Toán"))
                .isEqualTo(QualificationLevel.MASTER);
        assertThat(QualificationLevel.of("ThS Vật lý")).isEqualTo(QualificationLevel.MASTER);
        assertThat(QualificationLevel.of("Cử nhân Sư phạm")).isEqualTo(QualificationLevel.UNIVERSITY);
        assertThat(QualificationLevel.of("Đại học Sư phạm Hà Nội")).isEqualTo(QualificationLevel.UNIVERSITY);
        assertThat(QualificationLevel.of("ĐHSP Tiếng Anh")).isEqualTo(QualificationLevel.UNIVERSITY);
        assertThat(QualificationLevel.of("Kỹ sư tin học")).isEqualTo(QualificationLevel.UNIVERSITY);
        assertThat(QualificationLevel.of("Cao đẳng Sư phạm")).isEqualTo(QualificationLevel.COLLEGE);
        assertThat(QualificationLevel.of("CĐSP Mầm non")).isEqualTo(QualificationLevel.COLLEGE);
        assertThat(QualificationLevel.of("Trung cấp kế toán")).isEqualTo(QualificationLevel.VOCATIONAL);
        assertThat(QualificationLevel.of("")).isEqualTo(QualificationLevel.OTHER);
        assertThat(QualificationLevel.of(null)).isEqualTo(QualificationLevel.OTHER);
        // "ts" only as a word: "Thợ tiện" or "Toán tsunami" name no doctorate.
        assertThat(QualificationLevel.of("Công nhân kỹ thuật")).isEqualTo(QualificationLevel.OTHER);
        assertThat(QualificationLevel.of("tsunami học")).isEqualTo(QualificationLevel.OTHER);
    }

    @Test
    void ageBandsFollowTheFormsBoundaries() {
        assertThat(MemberStatistics.ageBand(18)).isEqualTo(AgeBand.UP_TO_30);
        assertThat(MemberStatistics.ageBand(30)).isEqualTo(AgeBand.UP_TO_30);
        assertThat(MemberStatistics.ageBand(31)).isEqualTo(AgeBand.FROM_31_TO_40);
        assertThat(MemberStatistics.ageBand(50)).isEqualTo(AgeBand.FROM_41_TO_50);
        assertThat(MemberStatistics.ageBand(60)).isEqualTo(AgeBand.FROM_51_TO_60);
        assertThat(MemberStatistics.ageBand(61)).isEqualTo(AgeBand.OVER_60);
        assertThat(MemberStatistics.ageBand(95)).isEqualTo(AgeBand.OVER_60);
    }

    @Test
    void religionEthnicityAndTheoryLevelAreGroupedAsTheFormsCountThem() {
        assertThat(MemberStatistics.hasReligion("Phật giáo")).isTrue();
        assertThat(MemberStatistics.hasReligion("Công giáo")).isTrue();
        assertThat(MemberStatistics.hasReligion("Không")).isFalse();
        assertThat(MemberStatistics.hasReligion("không")).isFalse();
        assertThat(MemberStatistics.hasReligion(" ")).isFalse();
        assertThat(MemberStatistics.hasReligion(null)).isFalse();
        assertThat(MemberStatistics.isKinh("Kinh")).isTrue();
        assertThat(MemberStatistics.isKinh("Việt")).isTrue();
        assertThat(MemberStatistics.isKinh("Tày")).isFalse();
        assertThat(MemberStatistics.isKinh("H'Mông")).isFalse();
        assertThat(MemberCategory.of(PoliticalTheoryLevel.BACHELOR)).isEqualTo(MemberCategory.THEORY_ADVANCED);
        assertThat(MemberCategory.of(PoliticalTheoryLevel.ADVANCED)).isEqualTo(MemberCategory.THEORY_ADVANCED);
        assertThat(MemberCategory.of((PoliticalTheoryLevel) null)).isEqualTo(MemberCategory.THEORY_NONE);
    }

    @Test
    void everyAgeBandAndQualificationLevelHasItsCategory() {
        assertThat(Arrays.stream(AgeBand.values()).map(MemberCategory::of))
                .containsExactlyElementsOf(MemberCategory.Dimension.AGE.categories());
        assertThat(Arrays.stream(QualificationLevel.values()).map(MemberCategory::of))
                .containsExactlyElementsOf(MemberCategory.Dimension.QUALIFICATION.categories());
    }

    @Test
    void talliesAddUpCategoryByCategory() {
        MemberTally a = new MemberTally(Map.of(MemberCategory.MEMBERS, 3L, MemberCategory.FEMALE, 2L));
        MemberTally b = new MemberTally(Map.of(MemberCategory.MEMBERS, 4L, MemberCategory.MALE, 4L));
        MemberTally sum = a.plus(b);
        assertThat(sum.members()).isEqualTo(7);
        assertThat(sum.count(MemberCategory.FEMALE)).isEqualTo(2);
        assertThat(sum.count(MemberCategory.MALE)).isEqualTo(4);
        assertThat(sum.count(MemberCategory.THEORY_NONE)).isZero();
    }
}
