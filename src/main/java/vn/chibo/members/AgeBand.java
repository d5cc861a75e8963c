package vn.chibo.members;

/** Age bands of the statistics forms (HD 11-HD/BTCTW). */
public enum AgeBand {
    UP_TO_30(0, 30),
    FROM_31_TO_40(31, 40),
    FROM_41_TO_50(41, 50),
    FROM_51_TO_60(51, 60),
    OVER_60(61, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
