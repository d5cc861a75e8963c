package vn.chibo.portal;

import java.util.List;

/** The text of an article as an editor writes it; the body is sanitized on saving. A blank slug is made from the title. */
public record ArticleDraft(
        SiteId siteId,
        String title,
        String slug,
        String lead,
        String body,
        String byline,
        List<CategoryId> categories,
        List<String> tags,
        MediaId cover,
        String coverAlt,
        boolean featured) {

    public ArticleDraft {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
