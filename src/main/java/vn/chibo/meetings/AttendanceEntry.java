package vn.chibo.meetings;

/** One member of the branch at a meeting. */
public record AttendanceEntry(long memberId, String fullName, boolean official, Presence presence, String reason) {}
