package vn.chibo.elections.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.elections.Mark.AGREE;
import static vn.chibo.elections.Mark.BOTH;
import static vn.chibo.elections.Mark.DISAGREE;
import static vn.chibo.elections.Mark.NONE;

import org.junit.jupiter.api.Test;
import vn.chibo.elections.BallotForm;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;

class BallotValidatorTests {

    static BallotContent kept(int... positions) {
        return new BallotContent.Kept(positions);
    }

    static BallotContent marked(Mark... marks) {
        return new BallotContent.Marked(marks);
    }

    @Test
    void theListSetsTheFormOfTheBallot() {
        assertThat(BallotForm.of(11, 9)).isEqualTo(BallotForm.CROSSING_OUT);
        assertThat(BallotForm.of(2, 1)).isEqualTo(BallotForm.CROSSING_OUT);
        assertThat(BallotForm.of(7, 7)).isEqualTo(BallotForm.AGREE_DISAGREE);
        assertThat(BallotForm.of(1, 1)).isEqualTo(BallotForm.SINGLE_NAME);
        assertThatThrownBy(() -> BallotForm.of(6, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCrossingOutBallotKeepsAtMostAsManyNamesAsSeatsAndAtLeastOne() {
        BallotValidator v = new BallotValidator(BallotForm.CROSSING_OUT, 11, 9);
        assertThat(v.verdict(kept(0, 1, 2, 3, 4, 5, 6, 7, 8)).valid()).isTrue();
        assertThat(v.verdict(kept(4)).votes()).containsExactly(4);
        assertThat(v.verdict(kept(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)).invalidBecause())
                .isEqualTo(InvalidBallotCode.TOO_MANY_KEPT);
        assertThat(v.verdict(kept()).invalidBecause()).isEqualTo(InvalidBallotCode.ALL_CROSSED_OUT);
    }

    @Test
    void aSingleSeatBallotWithTwoNamesIsACrossingOutBallotToo() {
        BallotValidator v = new BallotValidator(BallotForm.CROSSING_OUT, 2, 1);
        assertThat(v.verdict(kept(1)).votes()).containsExactly(1);
        assertThat(v.verdict(kept(0, 1)).invalidBecause()).isEqualTo(InvalidBallotCode.TOO_MANY_KEPT);
        assertThat(v.verdict(kept()).invalidBecause()).isEqualTo(InvalidBallotCode.ALL_CROSSED_OUT);
    }

    @Test
    void onAMultiNameAgreeDisagreeBallotBothOrNeitherGivesThatNameNoVoteAndTheBallotStaysValid() {
        BallotValidator v = new BallotValidator(BallotForm.AGREE_DISAGREE, 4, 4);
        BallotVerdict verdict = v.verdict(marked(AGREE, BOTH, NONE, DISAGREE));
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.votes()).containsExactly(0);
        assertThat(v.verdict(marked(DISAGREE, DISAGREE, DISAGREE, DISAGREE)).valid())
                .isTrue();
        assertThat(v.verdict(marked(AGREE, AGREE, AGREE, AGREE)).votes()).containsExactly(0, 1, 2, 3);
        // Names left out of the entry are unmarked.
        assertThat(v.verdict(marked(AGREE, null, null, AGREE)).votes()).containsExactly(0, 3);
    }

    @Test
    void onASingleNameBallotBothOrNeitherMakesTheBallotInvalid() {
        BallotValidator v = new BallotValidator(BallotForm.SINGLE_NAME, 1, 1);
        assertThat(v.verdict(marked(AGREE)).votes()).containsExactly(0);
        assertThat(v.verdict(marked(DISAGREE)).valid()).isTrue();
        assertThat(v.verdict(marked(DISAGREE)).votes()).isEmpty();
        assertThat(v.verdict(marked(BOTH)).invalidBecause()).isEqualTo(InvalidBallotCode.SINGLE_BOTH_OR_NEITHER);
        assertThat(v.verdict(marked(NONE)).invalidBecause()).isEqualTo(InvalidBallotCode.SINGLE_BOTH_OR_NEITHER);
    }

    @Test
    void theCountingCommitteeDeclaresABallotInvalidForAReasonThatAppliesToItsForm() {
        BallotValidator crossing = new BallotValidator(BallotForm.CROSSING_OUT, 3, 2);
        BallotValidator single = new BallotValidator(BallotForm.SINGLE_NAME, 1, 1);
        assertThat(crossing.verdict(new BallotContent.Declared(InvalidBallotCode.NOT_ISSUED))
                        .invalidBecause())
                .isEqualTo(InvalidBallotCode.NOT_ISSUED);
        assertThat(single.verdict(new BallotContent.Declared(InvalidBallotCode.NAME_ADDED))
                        .valid())
                .isFalse();
        assertThatThrownBy(() -> single.verdict(new BallotContent.Declared(InvalidBallotCode.TOO_MANY_KEPT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crossing.verdict(new BallotContent.Declared(InvalidBallotCode.SINGLE_BOTH_OR_NEITHER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InvalidBallotCode.NAME_ADDED.fromMemory()).isTrue();
        assertThat(InvalidBallotCode.ALL_CROSSED_OUT.fromMemory()).isFalse();
    }

    @Test
    void contentThatDoesNotFitTheFormIsAnEntryErrorNotAnInvalidBallot() {
        BallotValidator crossing = new BallotValidator(BallotForm.CROSSING_OUT, 3, 2);
        BallotValidator agree = new BallotValidator(BallotForm.AGREE_DISAGREE, 3, 3);
        assertThatThrownBy(() -> crossing.verdict(marked(AGREE, AGREE, AGREE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agree.verdict(kept(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crossing.verdict(kept(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agree.verdict(marked(AGREE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kept(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BallotValidator(BallotForm.AGREE_DISAGREE, 3, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
