package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressPreparation;
import vn.chibo.elections.CongressPreparationDetails;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/congresses/{id}")
@Tag(name = "Congresses")
class PreparationApiController {

    private final CongressPreparation preparation;
    private final DocumentFiles files;

    PreparationApiController(CongressPreparation preparation, DocumentFiles files) {
        this.preparation = preparation;
        this.files = files;
    }

    record NewPaper(PaperKind kind, String title, String author, Long memberId, String content) {}

    record NewComment(String draft, String section, String commenter, String comment) {}

    @GetMapping("/preparation")
    @Operation(summary = "The congress's preparation papers, candidates' files and comments on the higher drafts")
    CongressPreparationDetails details(@PathVariable long id, CurrentUser user) {
        return preparation.details(user, CongressId.of(id));
    }

    @PostMapping("/papers")
    @Operation(summary = "Add a preparation paper or a candidate's file")
    Map<String, Long> paper(@PathVariable long id, @RequestBody NewPaper p, CurrentUser user) {
        if (p == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        return Map.of(
                "id",
                preparation.addPaper(
                        user,
                        CongressId.of(id),
                        p.kind(),
                        p.title(),
                        p.author(),
                        p.memberId() == null ? null : MemberId.of(p.memberId()),
                        p.content()));
    }

    @PostMapping("/draft-comments")
    @Operation(summary = "Record a comment on a section of a higher congress's draft document")
    Map<String, Long> comment(@PathVariable long id, @RequestBody NewComment c, CurrentUser user) {
        if (c == null) {
            throw new InvalidInputException("draft", "validation.required");
        }
        return Map.of(
                "id",
                preparation.addComment(user, CongressId.of(id), c.draft(), c.section(), c.commenter(), c.comment()));
    }

    @GetMapping("/draft-comments.xlsx")
    @Operation(summary = "The comments on the higher drafts as XLSX, by document and section")
    ResponseEntity<byte[]> commentsXlsx(@PathVariable long id, CurrentUser user) {
        return files.commentsXlsx(user, id);
    }

    @GetMapping("/draft-comments-report.{format}")
    @Operation(summary = "The comments on the higher drafts as a report (DOCX or PDF)")
    ResponseEntity<byte[]> commentsReport(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.commentsReport(user, id, format);
    }
}
