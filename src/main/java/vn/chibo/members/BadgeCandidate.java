package vn.chibo.members;

import java.time.LocalDate;

/** A member on the badge list for an award date, with the badge and the day she reaches it. */
public record BadgeCandidate(MemberSummary member, int badgeYears, LocalDate milestone, boolean early) {}
