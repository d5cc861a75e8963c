package vn.chibo.meetings.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meetings.MeetingAttendance;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingDocuments;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.meetings.MeetingScoring;
import vn.chibo.meetings.ScoreSheet;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/** The pages made from a meeting's record: its score sheet, the printed attendance list, minutes, resolution, news. */
@Controller
@RequestMapping("/meetings")
class MeetingPapersController {

    private final MeetingManagement meetings;
    private final MeetingScoring meetingScoring;
    private final MeetingDocuments documents;
    private final MeetingNews news;
    private final MeetingAttendance attendance;
    private final OrganizationAccess organizationAccess;
    private final InputMessages inputMessages;

    MeetingPapersController(
            MeetingManagement meetings,
            MeetingScoring meetingScoring,
            MeetingDocuments documents,
            MeetingNews news,
            MeetingAttendance attendance,
            OrganizationAccess organizationAccess,
            InputMessages inputMessages) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.meetingScoring = meetingScoring;
        this.documents = documents;
        this.news = news;
        this.organizationAccess = organizationAccess;
        this.inputMessages = inputMessages;
    }

    @GetMapping("/{id}/score")
    String score(
            CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean print, Model model) {
        model.addAttribute("meeting", meetings.details(user, MeetingId.of(id)));
        model.addAttribute("sheet", meetingScoring.scoreSheet(user, MeetingId.of(id)));
        model.addAttribute("print", print);
        return "meetings/score";
    }

    @PostMapping("/{id}/score")
    String saveScore(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> entered = new HashMap<>();
        try {
            for (var e : params.entrySet()) {
                if (e.getKey().startsWith("criterion_") && !e.getValue().isBlank()) {
                    long criterion = Long.parseLong(e.getKey().substring("criterion_".length()));
                    try {
                        entered.put(
                                criterion, new BigDecimal(e.getValue().strip().replace(',', '.')));
                    } catch (NumberFormatException ex) {
                        throw new InvalidInputException(
                                "criterion-" + criterion, "validation.invalidValue", e.getValue());
                    }
                }
            }
            ScoreSheet saved = meetingScoring.saveScore(user, MeetingId.of(id), entered);
            redirect.addFlashAttribute("notice", "meeting.score.saved");
            return "redirect:/meetings/" + id + "/score";
        } catch (InvalidInputException e) {
            // Stays here: the sheet is shown again with every score as typed, which a redirect would lose.
            model.addAttribute("error", inputMessages.reason(e));
            model.addAttribute("entered", entered);
            return score(user, id, false, model);
        }
    }

    @GetMapping("/{id}/attendance/print")
    String printAttendance(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.details(user, MeetingId.of(id)));
        return "meetings/attendance";
    }

    /**
     * The papers to print before a meeting held where there is no network (a school in the mountains, a power cut):
     * the agenda with last meeting's tasks to check, the sign-in sheet, a minutes form to fill in by hand with its
     * numbered opinions, vote and tasks, and the score sheet of the template in force; entered into ChiBo afterwards.
     */
    @GetMapping("/{id}/paper")
    String paper(CurrentUser user, @PathVariable long id, Model model) {
        MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
        // Before the attendance is taken (a planned meeting), the roster of the meeting's date.
        List<SignIn> signIn = meeting.attendance().isEmpty()
                ? attendance.expected(user, MeetingId.of(id)).stream()
                        .map(m -> new SignIn(m.fullName(), m.official()))
                        .toList()
                : meeting.attendance().stream()
                        .map(a -> new SignIn(a.fullName(), a.official()))
                        .toList();
        int official = (int) signIn.stream().filter(SignIn::official).count();
        model.addAttribute("meeting", meeting);
        model.addAttribute("signIn", signIn);
        model.addAttribute("signInOfficial", official);
        model.addAttribute("signInProbationary", signIn.size() - official);
        model.addAttribute("sheet", meetingScoring.scoreSheet(user, MeetingId.of(id)));
        // A line for each member who may speak, at least 10 and at most 25.
        model.addAttribute("opinionRows", Math.max(10, Math.min(25, signIn.size())));
        return "meetings/paper";
    }

    /** A line of the sign-in sheet. */
    public record SignIn(String fullName, boolean official) {}

    // ---- documents and news -------------------------------------------------------------------------------------

    @GetMapping("/{id}/minutes.{format}")
    ResponseEntity<byte[]> minutes(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = format(format);
        return file("bien-ban-" + id, f, documents.minutes(user, MeetingId.of(id), f));
    }

    @GetMapping("/{id}/resolution.{format}")
    ResponseEntity<byte[]> resolution(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = format(format);
        return file("nghi-quyet-" + id, f, documents.resolution(user, MeetingId.of(id), f));
    }

    /** The branch's resolution proposing the removal voted as the meeting's decision {@code decisionId}. */
    @GetMapping("/{id}/decisions/{decisionId}/removal.{format}")
    ResponseEntity<byte[]> removal(
            CurrentUser user, @PathVariable long id, @PathVariable long decisionId, @PathVariable String format) {
        MeetingDocuments.Format f = format(format);
        return file(
                "de-nghi-xoa-ten-" + decisionId, f, documents.removalProposal(user, MeetingId.of(id), decisionId, f));
    }

    @GetMapping("/{id}/news")
    String newsDraft(CurrentUser user, @PathVariable long id, Model model) {
        MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("draft", news.draft(user, MeetingId.of(id)));
        model.addAttribute("released", news.released(MeetingId.of(id)));
        model.addAttribute(
                "canRelease",
                organizationAccess.permissions(user, meeting.organizationId()).contains(Permission.MEETING_RECORD));
        return "meetings/news";
    }

    /** The branch releases the news draft to the portal's editors, or takes it back. */
    @PostMapping("/{id}/news/release")
    String releaseNews(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean released,
            RedirectAttributes redirect) {
        if (released) {
            news.release(user, MeetingId.of(id));
        } else {
            news.withdraw(user, MeetingId.of(id));
        }
        redirect.addFlashAttribute("notice", released ? "news.released" : "news.withdrawn");
        return "redirect:/meetings/" + id + "/news";
    }

    @GetMapping("/{id}/news.html")
    ResponseEntity<String> newsDownload(CurrentUser user, @PathVariable long id) {
        vn.chibo.platform.NewsDraft draft = news.draft(user, MeetingId.of(id));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tin-bai-" + id + ".html")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(draft.html());
    }

    static MeetingDocuments.Format format(String format) {
        return switch (format) {
            case "docx" -> MeetingDocuments.Format.DOCX;
            case "pdf" -> MeetingDocuments.Format.PDF;
            default -> throw new vn.chibo.platform.NotFoundException("Format", format);
        };
    }

    static ResponseEntity<byte[]> file(String name, MeetingDocuments.Format format, byte[] content) {
        MediaType type = format == MeetingDocuments.Format.PDF
                ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format.name().toLowerCase(Locale.ROOT))
                                .build()
                                .toString())
                .contentType(type)
                .body(content);
    }
}
