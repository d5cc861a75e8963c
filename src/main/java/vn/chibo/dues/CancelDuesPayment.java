package vn.chibo.dues;

import vn.chibo.members.MemberId;

/** The removal of a payment recorded by mistake in an open month, with the reason kept in the audit log. */
public record CancelDuesPayment(MemberId memberId, String reason) {}
