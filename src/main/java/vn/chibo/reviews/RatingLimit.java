package vn.chibo.reviews;

/** A rule that keeps a member at or below a level, with the reason a page shows for it. */
public record RatingLimit(RatingLevel level, ReviewMessage reason) {}
