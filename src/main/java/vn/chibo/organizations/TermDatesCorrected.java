package vn.chibo.organizations;

/**
 * A term's dates were corrected, inside the transaction that corrects them: a module that keeps records under the term
 * (documents numbered in it) checks that they still fall within it, and refuses the correction by throwing (the
 * transaction is then rolled back, and the term keeps its dates).
 */
public record TermDatesCorrected(OrganizationId organization, TermDetails term) {}
