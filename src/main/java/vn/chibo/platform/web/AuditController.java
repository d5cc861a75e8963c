package vn.chibo.platform.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.AuditTrail.AuditEntry;
import vn.chibo.platform.AuditTrail.AuditQuery;

/** Administrators browse and filter the audit log. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int safePage = Math.max(0, page);
        List<AuditEntry> entries = audit.search(new AuditQuery(
                actor,
                entityType,
                entityId,
                from == null ? null : from.atStartOfDay(Layout.VIETNAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Layout.VIETNAM).toInstant(),
                safePage,
                PAGE_SIZE));
        model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "platform/audit";
    }
}
