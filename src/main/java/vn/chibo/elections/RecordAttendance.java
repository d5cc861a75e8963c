package vn.chibo.elections;

/** How one person summoned attended: present throughout, for part, or absent with a reason and its acceptance. */
public record RecordAttendance(AttendanceStatus status, String reason, boolean reasonAccepted) {}
