package vn.chibo.portal;

import java.time.Instant;

/** A saved version of an article's text. */
public record Revision(
        int number,
        String title,
        String lead,
        String body,
        String byline,
        ArticleStatus status,
        String note,
        String savedBy,
        Instant savedAt) {}
