package vn.chibo.elections;

/**
 * Whether the nominee went on the list (more than 30 % of the voting members present in favour), the fewest votes
 * that would have put her there, the list's size and largest allowed size, and whether it must now be trimmed by an
 * opinion ballot (QĐ 190-QĐ/TW Điều 14.3).
 */
public record NominationResult(boolean added, int minimum, int listSize, Integer maxListSize, boolean trimmingNeeded) {}
