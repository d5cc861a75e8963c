package vn.chibo.portal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.StorableText;
import vn.chibo.portal.content.ArticleHtml;

/**
 * What an article's text becomes before it is stored: checked field by field (length, text PostgreSQL can store, a
 * cover of the site's own), normalized to NFC, the body's HTML cleaned, a slug unique on its site; and the article's
 * relations (categories, tags, the media it shows) written from it.
 */
@Component
class ArticleContent {

    static final Pattern MEDIA_LINK = Pattern.compile("^/cong/media/(\\d+)(/\\d+)?$");

    private final JdbcClient jdbc;

    ArticleContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Clean(
            String title,
            String slug,
            String lead,
            String body,
            String text,
            String byline,
            MediaId cover,
            String coverAlt,
            boolean featured,
            List<CategoryId> categories,
            List<ArticleDetails.Tag> tags) {

        Map<String, Object> params() {
            Map<String, Object> map = new HashMap<>();
            map.put("title", title);
            map.put("lead", lead);
            map.put("body", body);
            map.put("text", text);
            map.put("byline", byline);
            map.put("cover", cover == null ? null : cover.value());
            map.put("coverAlt", coverAlt);
            map.put("featured", featured);
            return map;
        }
    }

    Clean clean(ArticleDraft draft) {
        StorableText.require("title", draft.title());
        StorableText.require("slug", draft.slug());
        StorableText.require("lead", draft.lead());
        StorableText.require("body", draft.body());
        StorableText.require("byline", draft.byline());
        StorableText.require("coverAlt", draft.coverAlt());
        for (String tag : draft.tags()) {
            StorableText.require("tags", tag);
        }
        String title = normalize(draft.title());
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "portal.article.title.required");
        }
        if (title.length() > 300) {
            throw new InvalidInputException("title", "portal.article.title.tooLong");
        }
        String slug = draft.slug() == null || draft.slug().isBlank()
                ? Slug.of(title)
                : draft.slug().strip();
        if (!Slug.isValid(slug)) {
            throw new InvalidInputException("slug", "portal.article.slug.invalid");
        }
        String lead = normalize(draft.lead());
        if (lead.length() > 1000) {
            throw new InvalidInputException("lead", "portal.article.lead.tooLong");
        }
        String raw = draft.body() == null ? "" : draft.body();
        if (raw.length() > 500_000) {
            throw new InvalidInputException("body", "portal.article.body.tooLong");
        }
        String body = ArticleHtml.sanitize(Normalizer.normalize(raw, Normalizer.Form.NFC));
        String byline = normalize(draft.byline());
        if (byline.length() > 200) {
            throw new InvalidInputException("byline", "portal.article.byline.tooLong");
        }
        if (draft.cover() != null) {
            boolean exists = jdbc.sql("SELECT count(*) FROM portal.media WHERE id = :id AND site_id = :site"
                                    + " AND width IS NOT NULL")
                            .param("id", draft.cover().value())
                            .param(
                                    "site",
                                    draft.siteId() == null ? -1 : draft.siteId().value())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!exists) {
                throw new InvalidInputException("cover", "portal.article.cover.invalid");
            }
        }
        List<ArticleDetails.Tag> tags = new ArrayList<>();
        for (String tag : draft.tags()) {
            String name = normalize(tag);
            String tagSlug = Slug.of(name);
            if (!tagSlug.isEmpty() && tags.stream().noneMatch(t -> t.slug().equals(tagSlug))) {
                if (name.length() > 60) {
                    throw new InvalidInputException("tags", "portal.article.tag.tooLong");
                }
                tags.add(new ArticleDetails.Tag(tagSlug, name));
            }
        }
        return new Clean(
                title,
                slug,
                lead,
                body,
                ArticleHtml.text(body),
                byline,
                draft.cover(),
                draft.cover() == null ? null : InputText.blankToNull(draft.coverAlt()),
                draft.featured(),
                draft.categories(),
                tags);
    }

    private static String normalize(String s) {
        return s == null ? "" : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    String uniqueSlug(SiteId site, String slug, ArticleId self) {
        String candidate = slug;
        for (int i = 2; ; i++) {
            boolean taken = jdbc.sql("SELECT count(*) FROM portal.article WHERE site_id = :site AND slug = :slug"
                                    + " AND id <> :self")
                            .param("site", site.value())
                            .param("slug", candidate)
                            .param("self", self == null ? -1 : self.value())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!taken) {
                return candidate;
            }
            candidate = slug + "-" + i;
        }
    }

    void saveRelations(ArticleId id, SiteId site, Clean clean) {
        jdbc.sql("DELETE FROM portal.article_category WHERE article_id = :id")
                .param("id", id.value())
                .update();
        for (CategoryId category : clean.categories()) {
            int inserted = jdbc.sql("INSERT INTO portal.article_category (article_id, category_id)"
                            + " SELECT :id, c.id FROM portal.category c WHERE c.id = :category AND c.site_id = :site"
                            + " ON CONFLICT DO NOTHING")
                    .param("id", id.value())
                    .param("category", category.value())
                    .param("site", site.value())
                    .update();
            if (inserted == 0
                    && jdbc.sql("SELECT count(*) FROM portal.category WHERE id = :c AND site_id = :site")
                                    .param("c", category.value())
                                    .param("site", site.value())
                                    .query(Long.class)
                                    .single()
                            == 0) {
                throw new InvalidInputException("categories", "portal.article.category.invalid");
            }
        }
        jdbc.sql("DELETE FROM portal.article_media WHERE article_id = :id")
                .param("id", id.value())
                .update();
        Set<Long> media = new LinkedHashSet<>();
        if (clean.cover() != null) {
            media.add(clean.cover().value());
        }
        for (ArticleHtml.Image image : ArticleHtml.outline(clean.body()).images()) {
            Matcher m = MEDIA_LINK.matcher(image.src() == null ? "" : image.src());
            if (m.matches()) {
                media.add(Long.parseLong(m.group(1)));
            }
        }
        for (Long mediaId : media) {
            // Only files of the article's own site; another site's id in a body is simply not linked.
            jdbc.sql("INSERT INTO portal.article_media (article_id, media_id) SELECT :id, m.id FROM portal.media m"
                            + " WHERE m.id = :media AND m.site_id = :site ON CONFLICT DO NOTHING")
                    .param("id", id.value())
                    .param("media", mediaId)
                    .param("site", site.value())
                    .update();
        }
        jdbc.sql("DELETE FROM portal.article_tag WHERE article_id = :id")
                .param("id", id.value())
                .update();
        for (ArticleDetails.Tag tag : clean.tags()) {
            jdbc.sql("INSERT INTO portal.article_tag (article_id, slug, name) VALUES (:id, :slug, :name)")
                    .param("id", id.value())
                    .param("slug", tag.slug())
                    .param("name", tag.name())
                    .update();
        }
    }
}
