package vn.chibo.members.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.members.importing.ImportJobs;
import vn.chibo.members.importing.ImportOptions;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

@Controller
@RequestMapping("/members/import")
class MemberImportController {

    private final ImportJobs jobs;
    private final MemberSheets sheets;
    private final OrganizationChoices choices;

    MemberImportController(ImportJobs jobs, MemberSheets sheets, OrganizationChoices choices) {
        this.jobs = jobs;
        this.sheets = sheets;
        this.choices = choices;
    }

    @GetMapping
    String form(CurrentUser user, @RequestParam(required = false) Long org, Model model) {
        return formPage(user, model, org, null);
    }

    private String formPage(CurrentUser user, Model model, Long org, String errorKey) {
        model.addAttribute("organizations", choices.with(user, Permission.MEMBER_MANAGE));
        model.addAttribute("org", org);
        model.addAttribute("fileError", errorKey);
        return "members/import";
    }

    @PostMapping
    String start(
            CurrentUser user,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "all") String mode,
            Model model)
            throws IOException {
        if (org == null) {
            return formPage(user, model, null, "import.organization.required");
        }
        if (file == null || file.isEmpty()) {
            return formPage(user, model, org, file == null ? "import.file.missing" : "import.file.zeroBytes");
        }
        // Refused before the upload is copied anywhere (404 outside her scope, 403 without the permission).
        jobs.authorize(user, OrganizationId.of(org));
        Path upload = Files.createTempFile("chibo-import-", ".upload");
        UUID id;
        try {
            // The server keeps a large upload on disk: it is moved, not copied, when it can be.
            file.transferTo(upload.toFile());
            id = jobs.start(
                    user,
                    OrganizationId.of(org),
                    upload,
                    file.getOriginalFilename(),
                    new ImportOptions(dryRun, "valid".equals(mode)),
                    LocaleContextHolder.getLocale());
        } catch (IOException | RuntimeException e) {
            // The job did not take the file: nobody else will delete it.
            Files.deleteIfExists(upload);
            throw e;
        }
        return "redirect:/members/import/" + id;
    }

    @GetMapping("/{id}")
    String progress(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", job(user, id));
        return "members/import-progress";
    }

    @GetMapping("/{id}/progress")
    String progressFragment(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", job(user, id));
        return "members/import-progress :: progress";
    }

    @PostMapping("/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id) {
        job(user, id).progress().cancel();
        return "redirect:/members/import/" + id;
    }

    private ImportJobs.Job job(CurrentUser user, UUID id) {
        return jobs.find(user, id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    @GetMapping("/template.{format:xlsx|csv}")
    void template(@PathVariable String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equals(format);
        response.setContentType(csv ? "text/csv;charset=UTF-8" : MemberExports.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"mau-nhap-dang-vien." + format + "\"");
        List<Object> example = sheets.templateExample();
        if (csv) {
            sheets.csv(response.getOutputStream(), sheets.templateHeaders(), sink -> sink.accept(example));
        } else {
            sheets.xlsx(response.getOutputStream(), sheets.templateHeaders(), sink -> sink.accept(example));
        }
    }
}
