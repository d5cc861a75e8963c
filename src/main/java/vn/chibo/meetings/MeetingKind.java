package vn.chibo.meetings;

/** Kinds of meeting. */
public enum MeetingKind {
    /** Sinh hoạt định kỳ: every month. */
    REGULAR,
    /** Sinh hoạt chuyên đề: at least once a quarter, never instead of the monthly meeting. */
    THEMATIC,
    /** Regular and thematic in one session. */
    COMBINED,
    /** Chi ủy or committee meeting, held before the branch meeting; its list is the committee's seats. */
    COMMITTEE,
    /** Họp ban thường vụ: the standing committee's seats (secretary, deputies, standing members). */
    STANDING_COMMITTEE,
    REVIEW_CONFERENCE,
    EXTRAORDINARY,
    /** Sinh hoạt điểm: other organizations' committees attend as observers. */
    MODEL;

    /** Whether the meeting counts as the month's regular meeting. */
    public boolean isRegular() {
        return this == REGULAR || this == COMBINED || this == MODEL;
    }

    public boolean isThematic() {
        return this == THEMATIC || this == COMBINED;
    }

    /** A meeting of a committee, whose attendance list is its seats on the day, not the organization's members. */
    public boolean isCommittee() {
        return this == COMMITTEE || this == STANDING_COMMITTEE;
    }
}
