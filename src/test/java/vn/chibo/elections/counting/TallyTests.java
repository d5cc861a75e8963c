package vn.chibo.elections.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.BallotForm;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;

class TallyTests {

    @Test
    void validBallotsGiveVotesAndInvalidOnesAreCountedByReason() {
        BallotValidator v = new BallotValidator(BallotForm.CROSSING_OUT, 4, 3);
        Tally t = Tally.count(
                v,
                4,
                List.of(
                        new BallotContent.Kept(new int[] {0, 1, 2}),
                        new BallotContent.Kept(new int[] {0, 3}),
                        new BallotContent.Kept(new int[] {1}),
                        new BallotContent.Kept(new int[] {0, 1, 2, 3}),
                        new BallotContent.Kept(new int[] {}),
                        new BallotContent.Declared(InvalidBallotCode.NOT_ISSUED)));
        assertThat(t.returned()).isEqualTo(6);
        assertThat(t.valid()).isEqualTo(3);
        assertThat(t.invalid()).isEqualTo(3);
        assertThat(t.invalidByReason())
                .containsEntry(InvalidBallotCode.TOO_MANY_KEPT, 1)
                .containsEntry(InvalidBallotCode.ALL_CROSSED_OUT, 1)
                .containsEntry(InvalidBallotCode.NOT_ISSUED, 1)
                .hasSize(3);
        assertThat(t.votes()).containsExactly(2, 2, 1, 1);
    }

    @Test
    void agreeDisagreeBallotsCountOnlyTheAgreeMarks() {
        BallotValidator v = new BallotValidator(BallotForm.AGREE_DISAGREE, 2, 2);
        Tally t = Tally.count(
                v,
                2,
                List.of(
                        new BallotContent.Marked(new Mark[] {Mark.AGREE, Mark.BOTH}),
                        new BallotContent.Marked(new Mark[] {Mark.NONE, Mark.AGREE}),
                        new BallotContent.Marked(new Mark[] {Mark.AGREE, Mark.DISAGREE})));
        assertThat(t.valid()).isEqualTo(3);
        assertThat(t.votes()).containsExactly(2, 1);
    }
}
