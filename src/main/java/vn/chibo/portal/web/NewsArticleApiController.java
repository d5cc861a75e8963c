package vn.chibo.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleSource;
import vn.chibo.portal.ArticleWorkflow;
import vn.chibo.portal.CheckIssue;

/**
 * The API twin of the pages that make a draft article of a record's news draft, and of the checks an editor reads
 * before submitting it.
 */
@RestController
@RequestMapping("/api/v1/portal/editor")
@Tag(name = "Portal", description = "Public reading of the portals and the editorial workflow")
class NewsArticleApiController {

    private final RecordArticles records;
    private final ArticleManagement articles;
    private final ArticleWorkflow workflow;

    NewsArticleApiController(RecordArticles records, ArticleManagement articles, ArticleWorkflow workflow) {
        this.records = records;
        this.articles = articles;
        this.workflow = workflow;
    }

    /** The portal the draft article goes to. */
    record SiteChoice(Long site) {}

    @PostMapping("/meetings/{meetingId}/article")
    @Operation(
            summary = "Makes a draft article of a closed meeting's news draft on a portal the caller edits",
            description = "The meeting's readers, or the portal's editors above it once the branch has released the"
                    + " draft. The article remembers the meeting: its checks compare the date, attendance, votes and"
                    + " rating with the record.")
    ResponseEntity<ArticleDetails> fromMeeting(
            CurrentUser user, @PathVariable long meetingId, @RequestBody(required = false) SiteChoice choice) {
        return created(user, records.create(user, ArticleSource.Kind.MEETING, meetingId, site(choice)));
    }

    @PostMapping("/congresses/{congressId}/article")
    @Operation(
            summary = "Makes a draft article of a closed congress's news draft on a portal the caller edits",
            description = "The congress's readers, or the portal's editors above it once the convening committee has"
                    + " released the draft. The article remembers the congress: its checks compare the date, term,"
                    + " attendance, those elected and the resolution vote with the record.")
    ResponseEntity<ArticleDetails> fromCongress(
            CurrentUser user, @PathVariable long congressId, @RequestBody(required = false) SiteChoice choice) {
        return created(user, records.create(user, ArticleSource.Kind.CONGRESS, congressId, site(choice)));
    }

    @GetMapping("/articles/{id}/checks")
    @Operation(
            summary = "What the checks before submission find in the article as saved now",
            description = "Each defect with its code (to override with a reason when submitting), message key and"
                    + " arguments; for an article drafted from a record, also the facts it no longer states as the"
                    + " record does.")
    List<CheckIssue> checks(CurrentUser user, @PathVariable long id) {
        return workflow.check(user, ArticleId.of(id));
    }

    @GetMapping("/articles/{id}/source")
    @Operation(summary = "The record the article was drafted from and the facts its draft stated (404 if none)")
    ArticleSource source(CurrentUser user, @PathVariable long id) {
        return articles.source(user, ArticleId.of(id)).orElseThrow(() -> new NotFoundException("ArticleSource", id));
    }

    private static Long site(SiteChoice choice) {
        return choice == null ? null : choice.site();
    }

    private ResponseEntity<ArticleDetails> created(CurrentUser user, ArticleId id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(articles.details(user, id));
    }
}
