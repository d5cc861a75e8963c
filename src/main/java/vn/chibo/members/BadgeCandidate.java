package vn.chibo.members;

import java.time.LocalDate;

/**
 * A member on the badge list for an award date, with the badge and the day she reaches it; {@code carried} when she
 * reached it before the award's year and it has not been presented yet.
 */
public record BadgeCandidate(
        MemberSummary member, int badgeYears, LocalDate milestone, boolean early, boolean carried) {}
