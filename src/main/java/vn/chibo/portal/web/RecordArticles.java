package vn.chibo.portal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressNews;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;
import vn.chibo.portal.ArticleDraft;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleSource;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;

/**
 * The news draft of a closed meeting or congress, and the draft article made of it on a portal the editor works on,
 * remembering the record so that the checks compare the article with it. Shared by the pages and the API.
 */
@Component
class RecordArticles {

    private final MeetingNews meetingNews;
    private final CongressNews congressNews;
    private final PortalManagement portal;
    private final ArticleManagement articles;

    RecordArticles(
            MeetingNews meetingNews, CongressNews congressNews, PortalManagement portal, ArticleManagement articles) {
        this.meetingNews = meetingNews;
        this.congressNews = congressNews;
        this.portal = portal;
        this.articles = articles;
    }

    NewsDraft draft(CurrentUser user, ArticleSource.Kind kind, long recordId) {
        return switch (kind) {
            case MEETING -> meetingNews.draft(user, MeetingId.of(recordId));
            case CONGRESS -> congressNews.draft(user, CongressId.of(recordId));
        };
    }

    ArticleId create(CurrentUser user, ArticleSource.Kind kind, long recordId, Long site) {
        // Who edits no site, or may not read the record's news, learns nothing from the form: refused first.
        List<SiteDetails> sites = portal.editableSites(user);
        if (sites.isEmpty()) {
            throw new ForbiddenException("Not an editor of any site");
        }
        NewsDraft draft = draft(user, kind, recordId);
        if (site == null) {
            throw new InvalidInputException("site", "portal.article.site.required");
        }
        if (sites.stream().noneMatch(s -> s.id().value() == site)) {
            throw new ForbiddenException("Not an editor of site " + site);
        }
        return articles.create(
                user,
                new ArticleDraft(
                        SiteId.of(site),
                        draft.title(),
                        null,
                        draft.lead(),
                        draft.bodyHtml(),
                        user.fullName(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false),
                new ArticleSource(kind, recordId, draft.facts()));
    }
}
