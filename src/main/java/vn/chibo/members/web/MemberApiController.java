package vn.chibo.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberPage;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.MemberUpdate;
import vn.chibo.members.importing.ImportOptions;
import vn.chibo.members.importing.ImportProgress;
import vn.chibo.members.importing.ImportResult;
import vn.chibo.members.importing.MemberImporter;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Party members' records within the caller's scope")
class MemberApiController {

    private final MemberManagement members;
    private final MemberImporter importer;
    private final MemberExports exports;

    MemberApiController(MemberManagement members, MemberImporter importer, MemberExports exports) {
        this.members = members;
        this.importer = importer;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "Members the caller may see, searched (diacritics-insensitive) and filtered, one page")
    MemberPage list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return members.list(
                CurrentUsers.require(),
                MemberQuery.of(org == null ? null : OrganizationId.of(org), q)
                        .withStatus(status)
                        .withPage(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member's full record (audited; personal data masked without the permission)")
    MemberDetails member(@PathVariable long id) {
        return members.details(CurrentUsers.require(), MemberId.of(id));
    }

    @PostMapping
    @Operation(summary = "Creates a member's record")
    ResponseEntity<MemberDetails> create(@RequestBody MemberDraft draft) {
        CurrentUser user = CurrentUsers.require();
        MemberId id = members.create(user, draft);
        return ResponseEntity.status(HttpStatus.CREATED).body(members.details(user, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Changes a member's record in place",
            description = "`version` is the one read with the record (from GET …/{id}/edit-values); a record saved by"
                    + " someone else since is refused (400, field `version`). The branch, status and life-cycle dates"
                    + " change only through life-cycle events.")
    MemberDetails update(@PathVariable long id, @RequestBody MemberUpdate update) {
        CurrentUser user = CurrentUsers.require();
        members.update(user, MemberId.of(id), update);
        return members.details(user, MemberId.of(id));
    }

    @GetMapping("/{id}/edit-values")
    @Operation(summary = "The editable fields of a member's record with its current version")
    MemberUpdate editValues(@PathVariable long id) {
        return members.editing(CurrentUsers.require(), MemberId.of(id)).values();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Imports members from CSV or XLSX; all or nothing unless validOnly; dryRun writes nothing")
    ImportResult importFile(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam long org,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean validOnly)
            throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "import.file.missing");
        }
        Path upload = Files.createTempFile("chibo-import-", ".upload");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            return importer.run(
                    CurrentUsers.require(),
                    OrganizationId.of(org),
                    upload,
                    file.getOriginalFilename(),
                    new ImportOptions(dryRun, validOnly),
                    new ImportProgress(),
                    LocaleContextHolder.getLocale());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The filtered list as an XLSX sheet (audited)")
    void export(
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MemberStatus status,
            HttpServletResponse response)
            throws IOException {
        MemberQuery query =
                MemberQuery.of(org == null ? null : OrganizationId.of(org), q).withStatus(status);
        exports.write(CurrentUsers.require(), query, "xlsx", response);
    }
}
