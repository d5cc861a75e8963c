package vn.chibo.elections.counting;

import java.util.Arrays;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;

/**
 * What the counting committee reads off one paper ballot, with candidates as their positions on the list: the names
 * left uncrossed, the marks beside each name, or a ballot it declared invalid on sight.
 */
public sealed interface BallotContent {

    /** A crossing-out ballot: the positions of the names left uncrossed, ascending and without repeats. */
    record Kept(int[] positions) implements BallotContent {

        public Kept {
            positions = positions.clone();
            Arrays.sort(positions);
            for (int i = 1; i < positions.length; i++) {
                if (positions[i] == positions[i - 1]) {
                    throw new IllegalArgumentException("Name " + positions[i] + " kept twice");
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Kept k && Arrays.equals(positions, k.positions);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(positions);
        }

        @Override
        public String toString() {
            return "Kept" + Arrays.toString(positions);
        }
    }

    /** An agree/disagree ballot: the mark beside each name, in list order. */
    record Marked(Mark[] marks) implements BallotContent {

        public Marked {
            marks = marks.clone();
            for (int i = 0; i < marks.length; i++) {
                if (marks[i] == null) {
                    marks[i] = Mark.NONE;
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Marked m && Arrays.equals(marks, m.marks);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(marks);
        }

        @Override
        public String toString() {
            return "Marked" + Arrays.toString(marks);
        }
    }

    /** A ballot the counting committee declared invalid for a reason it saw (not issued, a name added, ...). */
    record Declared(InvalidBallotCode code) implements BallotContent {}
}
