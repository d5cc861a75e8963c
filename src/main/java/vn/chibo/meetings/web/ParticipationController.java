package vn.chibo.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.meetings.MeetingParticipation;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/** Members' participation in an organization's meetings of a year, with those for whom removal is to be considered. */
@Controller
@RequestMapping("/meetings/participation")
class ParticipationController {

    private final MeetingParticipation participation;
    private final OrganizationManagement organizations;
    private final OrganizationAccess access;
    private final InputMessages messages;
    private final Clock clock;

    ParticipationController(
            MeetingParticipation participation,
            OrganizationManagement organizations,
            OrganizationAccess access,
            InputMessages messages,
            Clock clock) {
        this.participation = participation;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) String year,
            Model model,
            HttpServletResponse response) {
        List<OrganizationSummary> visible = OrganizationNode.flatten(organizations.visibleTree(user, false)).stream()
                .filter(o -> access.permissions(user, o.id())
                        .containsAll(java.util.EnumSet.of(Permission.MEETING_VIEW, Permission.MEMBER_VIEW)))
                .toList();
        OrganizationSummary selected = org != null
                ? organizations.summary(user, OrganizationId.of(org))
                : visible.stream().findFirst().orElse(null);
        int shown = Year.now(clock).getValue();
        model.addAttribute("typedYear", year);
        try {
            shown = participation.year(year);
            model.addAttribute("typedYear", null);
        } catch (InvalidInputException e) {
            messages.showAgain(model, response, e);
        }
        model.addAttribute("organizations", visible);
        model.addAttribute("selected", selected);
        model.addAttribute("year", shown);
        if (selected != null) {
            model.addAttribute("report", participation.ofYear(user, selected.id(), shown));
            model.addAttribute(
                    "canRecord", access.permissions(user, selected.id()).contains(Permission.MEETING_RECORD));
        }
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "meetings/participation";
    }
}
