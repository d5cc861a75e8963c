package vn.chibo.meetings.scoring;

import java.util.OptionalDouble;

/**
 * Criteria a template may score from the record instead of by hand. Each gives the share of the criterion's maximum
 * earned, or nothing when the record cannot tell (the criterion is then scored by hand). The grading steps follow the
 * 100-point sheet built on HD 42-HD/BTCTW (party-rules §2.4).
 */
public enum ScoringRule {
    /** Duration against the minimum: full; at most 15′ short 4/5; 15–30′ short 3/5; at least half 2/5; less 1/5. */
    DURATION {
        @Override
        public OptionalDouble score(MeetingFacts f) {
            if (f.durationMinutes() == null) {
                return OptionalDouble.empty();
            }
            if (f.minimumMinutes() == null) {
                return OptionalDouble.of(1.0);
            }
            long shortBy = f.minimumMinutes() - f.durationMinutes();
            if (shortBy <= 0) {
                return OptionalDouble.of(1.0);
            }
            if (shortBy <= 15) {
                return OptionalDouble.of(0.8);
            }
            if (shortBy <= 30) {
                return OptionalDouble.of(0.6);
            }
            return OptionalDouble.of(f.durationMinutes() * 2 >= f.minimumMinutes() ? 0.4 : 0.2);
        }
    },
    /** Attendance of those expected: ≥90% full; 75–90% 3/4; 65–75% 2/4; less, or anyone absent without reason, 1/4. */
    ATTENDANCE {
        @Override
        public OptionalDouble score(MeetingFacts f) {
            if (f.counts().total() == 0) {
                return OptionalDouble.empty();
            }
            double rate = f.counts().attendanceRate();
            if (f.counts().absentUnexcused() > 0 || rate < 0.65) {
                return OptionalDouble.of(0.25);
            }
            return OptionalDouble.of(rate >= 0.9 ? 1.0 : rate >= 0.75 ? 0.75 : 0.5);
        }
    },
    /** Members who spoke, of those present: over 50% full; 40–50% 4/5; 30–40% 3/5; less 2/5. */
    SPEAKERS_SHARE {
        @Override
        public OptionalDouble score(MeetingFacts f) {
            if (f.counts().present() == 0) {
                return OptionalDouble.empty();
            }
            double share = (double) f.speakers() / f.counts().present();
            return OptionalDouble.of(share > 0.5 ? 1.0 : share >= 0.4 ? 0.8 : share >= 0.3 ? 0.6 : 0.4);
        }
    },
    /** Documents shared (on the Sổ tay đảng viên app) at least one day before. */
    DOCUMENTS_SHARED {
        @Override
        public OptionalDouble score(MeetingFacts f) {
            return OptionalDouble.of(
                    f.documentsSharedOn() != null && f.documentsSharedOn().isBefore(f.date()) ? 1.0 : 0.0);
        }
    },
    /** The committee (or the secretary and deputy) met beforehand. */
    COMMITTEE_MET {
        @Override
        public OptionalDouble score(MeetingFacts f) {
            return OptionalDouble.of(f.committeeMetBefore() ? 1.0 : 0.0);
        }
    },
    /** Share of last meeting's tasks done: 90–100% full, 80% 27/30, 70% 24/30, 60% 20/30, 50% 15/30, less 10/30. */
    PREVIOUS_TASKS {
        @Override
        public OptionalDouble score(MeetingFacts f) {
            if (f.previousTasks() == 0) {
                return OptionalDouble.empty();
            }
            double done = (double) f.previousTasksDone() / f.previousTasks();
            double share = done >= 0.9
                    ? 1.0
                    : done >= 0.8 ? 0.9 : done >= 0.7 ? 0.8 : done >= 0.6 ? 2.0 / 3 : done >= 0.5 ? 0.5 : 1.0 / 3;
            return OptionalDouble.of(share);
        }
    };

    public abstract OptionalDouble score(MeetingFacts facts);
}
