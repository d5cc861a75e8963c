package vn.chibo.reviews.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.reviews.ReviewPapers;

/** The review round's list proposed for rating, as a download from the round's page and from the API. */
@Controller
@Tag(name = "Reviews")
class ReviewPaperController {

    private final ReviewPapers papers;

    ReviewPaperController(ReviewPapers papers) {
        this.papers = papers;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "papers")
    @GetMapping("/reviews/{id}/ratings.{format}")
    ResponseEntity<byte[]> page(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        return file(user, id, format);
    }

    @GetMapping("/api/v1/reviews/{id}/ratings.{format}")
    @ResponseBody
    @Operation(
            summary = "The round's list proposed for rating (danh sách đề nghị xếp loại chất lượng đảng viên): each"
                    + " member's self-assessed, proposed and decided level, why one is not rated, and the totals by"
                    + " level, as DOCX or PDF (to print and sign) or XLSX")
    ResponseEntity<byte[]> api(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        return file(user, id, format);
    }

    private ResponseEntity<byte[]> file(CurrentUser user, long id, String format) {
        ReviewPapers.Format f = ReviewPapers.Format.of(format);
        byte[] content = papers.ratings(user, id, f);
        MediaType type =
                switch (f) {
                    case PDF -> MediaType.APPLICATION_PDF;
                    case DOCX ->
                        MediaType.parseMediaType(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                    case XLSX ->
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                };
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("danh-sach-de-nghi-xep-loai-" + id + "."
                                        + f.name().toLowerCase(java.util.Locale.ROOT))
                                .build()
                                .toString())
                .body(content);
    }
}
