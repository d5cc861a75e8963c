package vn.chibo.dues;

/**
 * What a member owes for a month under the rules: the amount in đồng (null when her basis is missing or cannot be
 * priced), why it is that, and the reduction's percentage when reduced.
 */
public record DuesAssessment(Long amountDue, DuesStanding standing, Integer reducedPercent) {}
