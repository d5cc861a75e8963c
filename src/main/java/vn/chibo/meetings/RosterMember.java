package vn.chibo.meetings;

/** A member on the branch's list when attendance is taken, with how she takes part. */
public record RosterMember(long memberId, String fullName, boolean official, Presence usualPresence) {}
