package vn.chibo.meetings;

/** The quality band of a meeting: Tốt, Khá, Trung bình, Kém. */
public enum ScoreBand {
    GOOD,
    FAIR,
    AVERAGE,
    POOR
}
