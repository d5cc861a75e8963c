package vn.chibo.portal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleDraft;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.SiteId;

/** The article form as posted. */
class ArticleForm {

    private String title = "";
    private String slug = "";
    private String lead = "";
    private String body = "";
    private String byline = "";
    private List<Long> categories = new ArrayList<>();
    private String tags = "";
    private Long cover;
    private String coverAlt = "";
    private boolean featured;
    private int version;

    static ArticleForm of(ArticleDetails a) {
        ArticleForm f = new ArticleForm();
        f.title = a.title();
        f.slug = a.slug();
        f.lead = a.lead();
        f.body = a.body();
        f.byline = a.byline();
        f.categories =
                new ArrayList<>(a.categories().stream().map(c -> c.id().value()).toList());
        f.tags = String.join(
                ", ", a.tags().stream().map(ArticleDetails.Tag::name).toList());
        f.cover = a.cover() == null ? null : a.cover().value();
        f.coverAlt = a.coverAlt() == null ? "" : a.coverAlt();
        f.featured = a.featured();
        f.version = a.version();
        return f;
    }

    ArticleDraft toDraft(SiteId site) {
        List<String> tagNames = tags == null
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new PortalApiController.DraftRequest(
                        title, slug, lead, body, byline, categories, tagNames, cover, coverAlt, featured, version)
                .toDraft(site);
    }

    boolean hasCategory(CategoryDetails c) {
        return categories != null && categories.contains(c.id().value());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public List<Long> getCategories() {
        return categories;
    }

    public void setCategories(List<Long> categories) {
        this.categories = categories;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getCover() {
        return cover;
    }

    public void setCover(Long cover) {
        this.cover = cover;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public void setCoverAlt(String coverAlt) {
        this.coverAlt = coverAlt;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
