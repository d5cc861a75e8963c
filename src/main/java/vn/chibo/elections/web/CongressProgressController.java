package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.chibo.elections.CongressProgress;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputText;

/**
 * The congress season of an organization's subtree (tiến độ và kết quả đại hội): the page, its spreadsheet, and the
 * API's twin of both. Without {@code org}, the first organization the user may follow; without {@code year}, the
 * current year when its congresses opened in it, else the latest they did.
 */
@Controller
@Tag(name = "Congresses")
class CongressProgressController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CongressProgress progress;

    CongressProgressController(CongressProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/congresses/progress")
    String page(
            @RequestParam(required = false) String org,
            @RequestParam(required = false) String year,
            Model model,
            CurrentUser user) {
        List<OrganizationSummary> choices = progress.choices(user);
        model.addAttribute("board", progress.board(user, root(choices, org), year(year)));
        model.addAttribute("choices", choices);
        return "elections/progress";
    }

    @GetMapping("/congresses/progress.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String org, @RequestParam(required = false) String year, CurrentUser user) {
        return sheet(user, org, year);
    }

    @GetMapping("/api/v1/congresses/progress")
    @ResponseBody
    @Operation(
            summary =
                    "The congress season of an organization's subtree: each organization's congress of the year, where"
                            + " it stands, attendance, those elected, the resolution's vote and the approval; with the totals")
    CongressProgress.Board api(
            @RequestParam(required = false) String org, @RequestParam(required = false) String year, CurrentUser user) {
        return progress.board(user, root(progress.choices(user), org), year(year));
    }

    @GetMapping("/api/v1/congresses/progress.xlsx")
    @Operation(summary = "The congress season of an organization's subtree as XLSX")
    ResponseEntity<byte[]> apiXlsx(
            @RequestParam(required = false) String org, @RequestParam(required = false) String year, CurrentUser user) {
        return sheet(user, org, year);
    }

    private ResponseEntity<byte[]> sheet(CurrentUser user, String org, String year) {
        Integer y = year(year);
        OrganizationId root = root(progress.choices(user), org);
        byte[] bytes = progress.xlsx(user, root, y);
        return ApiIds.download("tien-do-dai-hoi-" + root.value() + (y == null ? "" : "-" + y) + ".xlsx", XLSX, bytes);
    }

    private static OrganizationId root(List<OrganizationSummary> choices, String org) {
        String typed = InputText.blankToNull(org);
        if (typed == null) {
            if (choices.isEmpty()) {
                throw new ForbiddenException("Missing ELECTION_VIEW");
            }
            return choices.get(0).id();
        }
        long id = FormNumbers.whole("org", typed);
        if (id == 0) {
            throw new vn.chibo.platform.InvalidInputException("org", "validation.invalidValue", typed);
        }
        return OrganizationId.of(id);
    }

    private static Integer year(String year) {
        String typed = InputText.blankToNull(year);
        return typed == null ? null : Math.toIntExact(FormNumbers.whole("year", typed));
    }
}
