package vn.chibo.meetings;

/** A meeting is planned, then held, then closed; a closed record changes only by an audited correction. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CLOSED
}
