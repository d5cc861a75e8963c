package vn.chibo.elections;

/**
 * Where an election stands: rounds under way; every seat filled; ended by the congress with seats left; or (a branch
 * secretary after three rounds) left to the higher committee to appoint.
 */
public enum ElectionStatus {
    OPEN,
    DONE,
    ENDED,
    APPOINTMENT
}
