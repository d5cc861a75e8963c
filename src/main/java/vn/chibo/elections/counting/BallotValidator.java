package vn.chibo.elections.counting;

import vn.chibo.elections.BallotForm;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;

/**
 * Rules on one ballot by its form (QĐ 244-QĐ/TW Điều 17, QĐ 190-QĐ/TW Điều 30). Crossing-out: invalid with more names
 * kept than seats or every name crossed out. Agree/disagree with several names: a name marked in both boxes or in
 * neither gets no vote and the ballot stays valid. Single name: both boxes or neither makes the ballot invalid. A
 * ballot whose content does not fit the form is a data-entry error, not an invalid ballot.
 */
public final class BallotValidator {

    private final BallotForm form;
    private final int candidates;
    private final int seats;

    public BallotValidator(BallotForm form, int candidates, int seats) {
        if (BallotForm.of(candidates, seats) != form) {
            throw new IllegalArgumentException(form + " does not fit " + candidates + " names for " + seats + " seats");
        }
        this.form = form;
        this.candidates = candidates;
        this.seats = seats;
    }

    public BallotForm form() {
        return form;
    }

    /**
     * The verdict on a ballot.
     *
     * @throws IllegalArgumentException when the content cannot be entered on this form (a crossed-out list on an
     *     agree/disagree ballot, a name that is not on the list, a code that does not apply to the form)
     */
    public BallotVerdict verdict(BallotContent content) {
        if (content instanceof BallotContent.Declared d) {
            if (!d.code().appliesTo(form)) {
                throw new IllegalArgumentException(d.code() + " does not apply to a " + form + " ballot");
            }
            return BallotVerdict.invalid(d.code());
        }
        if (content instanceof BallotContent.Kept k) {
            return crossingOut(k.positions());
        }
        return marked(((BallotContent.Marked) content).marks());
    }

    private BallotVerdict crossingOut(int[] kept) {
        if (form != BallotForm.CROSSING_OUT) {
            throw new IllegalArgumentException("A " + form + " ballot has marks, not crossed-out names");
        }
        for (int position : kept) {
            if (position < 0 || position >= candidates) {
                throw new IllegalArgumentException("Name " + position + " is not on the list");
            }
        }
        if (kept.length == 0) {
            return BallotVerdict.invalid(InvalidBallotCode.ALL_CROSSED_OUT);
        }
        if (kept.length > seats) {
            return BallotVerdict.invalid(InvalidBallotCode.TOO_MANY_KEPT);
        }
        return BallotVerdict.valid(kept);
    }

    private BallotVerdict marked(Mark[] marks) {
        if (form == BallotForm.CROSSING_OUT) {
            throw new IllegalArgumentException("A crossing-out ballot has crossed-out names, not marks");
        }
        if (marks.length != candidates) {
            throw new IllegalArgumentException(marks.length + " marks for " + candidates + " names");
        }
        if (form == BallotForm.SINGLE_NAME) {
            return switch (marks[0]) {
                case AGREE -> BallotVerdict.valid(new int[] {0});
                case DISAGREE -> BallotVerdict.valid(BallotVerdict.NONE);
                case BOTH, NONE -> BallotVerdict.invalid(InvalidBallotCode.SINGLE_BOTH_OR_NEITHER);
            };
        }
        int agreed = 0;
        for (Mark mark : marks) {
            if (mark == Mark.AGREE) {
                agreed++;
            }
        }
        int[] votes = new int[agreed];
        for (int i = 0, v = 0; i < marks.length; i++) {
            if (marks[i] == Mark.AGREE) {
                votes[v++] = i;
            }
        }
        return BallotVerdict.valid(votes);
    }
}
