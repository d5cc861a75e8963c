package vn.chibo.elections;

import java.math.BigDecimal;
import vn.chibo.members.MemberId;

/** A candidate of a round, in list order, with her votes and their percentage of the legal denominator. */
public record CandidateResult(MemberId memberId, String fullName, int votes, BigDecimal percent, boolean elected) {}
