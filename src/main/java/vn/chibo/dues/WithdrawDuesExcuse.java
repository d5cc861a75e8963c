package vn.chibo.dues;

import vn.chibo.members.MemberId;

/**
 * The withdrawal of a valid reason recorded by mistake, with why: its months count towards the 3-month warning again.
 */
public record WithdrawDuesExcuse(MemberId memberId, Long excuseId, String reason) {}
