package vn.chibo.elections;

import vn.chibo.members.MemberId;

/**
 * A nomination from the floor or a self-nomination ({@code nominatedBy} the member herself or null), with the
 * presidium's secret opinion ballot: voting members present and those in favour.
 */
public record Nominate(ElectionId election, MemberId member, MemberId nominatedBy, int present, int inFavour) {}
