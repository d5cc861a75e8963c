package vn.chibo.admissions;

/** Where an admission stands: under way, ended by the ceremony, or stopped by the branch with a reason. */
public enum AdmissionStatus {
    IN_PROGRESS,
    ADMITTED,
    STOPPED
}
