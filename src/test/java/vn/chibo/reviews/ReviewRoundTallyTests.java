package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.members.MemberId;

/** The summary of a round: counts and shares per level, who is not rated, the cap across the grassroots organization. */
class ReviewRoundTallyTests {

    static MemberReview member(String name, boolean rated, RatingLevel proposed, RatingLevel approved) {
        RecordMemberReview recorded = new RecordMemberReview(
                0, false, false, null, false, false, false, false, null, null, null, null, null, proposed, null, 0);
        return new MemberReview(
                1,
                MemberId.of(1),
                name,
                LocalDate.of(2015, 3, 8),
                false,
                false,
                recorded,
                List.of(),
                approved,
                true,
                rated,
                rated ? RatingLevel.EXCELLENT : null,
                rated ? List.of() : List.of(ReviewMessage.of("review.notRated.newMember")),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void levelsAreCountedAsApprovedElseAsProposedWithTheirShareOfTheRated() {
        List<MemberReview> members = new ArrayList<>();
        members.add(member("An", true, RatingLevel.GOOD, RatingLevel.EXCELLENT));
        members.add(member("Bình", true, RatingLevel.GOOD, null));
        members.add(member("Chi", true, RatingLevel.COMPLETED, null));
        members.add(member("Dũng", true, null, null));
        members.add(member("Đức", false, null, null));
        RoundTally tally = RoundTally.of(members, ReviewRules.QD_124, null, List.of(), "Đảng bộ Trường");

        assertThat(tally.members()).isEqualTo(5);
        assertThat(tally.rated()).isEqualTo(4);
        assertThat(tally.notRated()).isEqualTo(1);
        assertThat(tally.withoutLevel()).isEqualTo(1);
        assertThat(tally.levels()).extracting(RoundTally.LevelCount::count).containsExactly(1, 1, 1, 0);
        assertThat(tally.levels().get(0).percent()).isEqualByComparingTo("25.0");
        assertThat(tally.warnings()).extracting(ReviewMessage::messageKey).contains("reviews.warning.withoutLevel");
    }

    @Test
    void theCapCountsTheOtherBranchesOfTheGrassrootsOrganizationAndAnExceptionRaisesIt() {
        List<MemberReview> members = List.of(member("An", true, RatingLevel.EXCELLENT, null));
        // Alone: no member rated Hoàn thành tốt, so none may be excellent.
        assertThat(RoundTally.of(members, ReviewRules.QD_366, null, List.of(), "X")
                        .cap()
                        .exceeded())
                .isTrue();
        // With five rated Hoàn thành tốt in the other branches: 20% of 5 is 1.
        List<RatingLevel> others =
                List.of(RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
        RoundTally within = RoundTally.of(members, ReviewRules.QD_366, null, others, "X");
        assertThat(within.cap().allowed()).isEqualTo(1);
        assertThat(within.cap().exceeded()).isFalse();
        assertThat(within.warnings()).extracting(ReviewMessage::messageKey).doesNotContain("review.cap.exceeded");
        // Four: 0.8, rounded down to 0, unless the competent level raised the share to 25%.
        List<RatingLevel> four = others.subList(0, 4);
        assertThat(RoundTally.of(members, ReviewRules.QD_366, null, four, "X")
                        .cap()
                        .exceeded())
                .isTrue();
        RoundTally raised = RoundTally.of(
                members, ReviewRules.QD_366, new ExcellenceCap.RaisedCeiling(25, "QĐ 12-QĐ/ĐU"), four, "X");
        assertThat(raised.cap().allowed()).isEqualTo(1);
        assertThat(raised.cap().exceptionDecision()).isEqualTo("QĐ 12-QĐ/ĐU");
    }
}
