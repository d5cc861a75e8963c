package vn.chibo.elections.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.BallotForm;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;
import vn.chibo.elections.counting.Reconciliation.Entered;
import vn.chibo.elections.counting.Reconciliation.Report;
import vn.chibo.elections.counting.SumChecks.Check;

class ReconciliationTests {

    static Entered kept(int number, int... positions) {
        return new Entered(number, new BallotContent.Kept(positions));
    }

    @Test
    void ballotsEveryEntryReadsAlikeCountAndTheOthersAreShownBallotByBallot() {
        List<Entered> first = List.of(kept(1, 0, 1), kept(2, 2), kept(3, 1, 2), kept(4, 0));
        List<Entered> second = List.of(kept(1, 1, 0), kept(2, 2), kept(3, 1), kept(4, 0));
        List<Entered> third = List.of(kept(1, 0, 1), kept(2, 2), kept(3, 1, 2));
        Report report = Reconciliation.reconcile(List.of(first, second, third));
        assertThat(report.reconciled()).isFalse();
        assertThat(report.agreed()).extracting(Entered::number).containsExactly(1, 2);
        assertThat(report.differences())
                .extracting(Reconciliation.Difference::number)
                .containsExactly(3, 4);
        assertThat(report.differences().get(0).readings())
                .containsExactly(
                        new BallotContent.Kept(new int[] {1, 2}),
                        new BallotContent.Kept(new int[] {1}),
                        new BallotContent.Kept(new int[] {1, 2}));
        assertThat(report.differences().get(1).readings().get(2))
                .as("missing from the third entry")
                .isNull();
    }

    @Test
    void twoEntriesThatAgreeAreReconciled() {
        List<Entered> first = List.of(
                new Entered(1, new BallotContent.Marked(new Mark[] {Mark.AGREE, Mark.NONE})),
                new Entered(2, new BallotContent.Declared(InvalidBallotCode.NOT_ISSUED)));
        List<Entered> second = List.of(
                new Entered(2, new BallotContent.Declared(InvalidBallotCode.NOT_ISSUED)),
                new Entered(1, new BallotContent.Marked(new Mark[] {Mark.AGREE, null})));
        Report report = Reconciliation.reconcile(List.of(first, second));
        assertThat(report.reconciled()).isTrue();
        assertThat(report.agreed()).hasSize(2);
    }

    @Test
    void aBallotEnteredTwiceInOneEntryIsAnError() {
        assertThatThrownBy(() -> Reconciliation.reconcile(List.of(List.of(kept(1, 0), kept(1, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumChecksCatchWhatThePaperFiguresGetWrong() {
        BallotValidator v = new BallotValidator(BallotForm.CROSSING_OUT, 3, 2);
        List<BallotContent> ballots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ballots.add(new BallotContent.Kept(new int[] {0, 1}));
        }
        Tally tally = Tally.count(v, 3, ballots);
        assertThat(SumChecks.check(12, 10, tally)).isEmpty();
        assertThat(SumChecks.check(12, null, tally)).isEmpty();
        assertThat(SumChecks.check(9, 10, tally))
                .extracting(SumChecks.Failure::check)
                .containsExactly(Check.RETURNED_OVER_ISSUED);
        assertThat(SumChecks.check(12, 11, tally))
                .extracting(SumChecks.Failure::check)
                .containsExactly(Check.ENTERED_NOT_RETURNED);
        // Totals copied from a paper record: 10 returned, 9 valid, no invalid recorded, a name with 11 votes.
        Tally paper = new Tally(10, 9, Map.of(), new int[] {11, 3, 2});
        assertThat(SumChecks.check(12, 10, paper))
                .containsExactly(
                        new SumChecks.Failure(Check.VALID_AND_INVALID_NOT_RETURNED, -1),
                        new SumChecks.Failure(Check.VOTES_OVER_VALID, 0));
    }
}
