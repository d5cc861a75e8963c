package vn.chibo.organizations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.Position;
import vn.chibo.organizations.TermDetails;
import vn.chibo.organizations.UnitDetails;
import vn.chibo.organizations.UnitKind;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.platform.Permission;

@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final OrganizationManagement organizations;

    private final OrganizationUnits organizationUnits;

    private final OrganizationTerms organizationTerms;

    private final OrganizationAccess organizationAccess;
    private final Clock clock;

    OrganizationController(
            OrganizationManagement organizations,
            OrganizationUnits organizationUnits,
            OrganizationTerms organizationTerms,
            OrganizationAccess organizationAccess,
            Clock clock) {
        this.organizations = organizations;
        this.organizationUnits = organizationUnits;
        this.organizationTerms = organizationTerms;
        this.organizationAccess = organizationAccess;
        this.clock = clock;
    }

    @GetMapping
    String tree(
            CurrentUser user,
            @RequestParam(defaultValue = "false") boolean dissolved,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        List<OrganizationNode> tree = organizations.visibleTree(user, dissolved || date != null);
        if (date != null) {
            List<OrganizationSummary> rows = new ArrayList<>();
            for (OrganizationNode root : tree) {
                rows.addAll(organizations.subtreeAt(user, root.organization().id(), date));
            }
            model.addAttribute("historic", rows);
        }
        model.addAttribute("tree", tree);
        model.addAttribute("showDissolved", dissolved);
        model.addAttribute("date", date);
        model.addAttribute("canCreateRoot", user.isAdministrator());
        return "organizations/tree";
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        OrganizationDetails details = organizations.details(user, OrganizationId.of(id));
        model.addAttribute("org", details);
        model.addAttribute("positions", Position.values());
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "organizations/show";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, @RequestParam(required = false) Long parent, Model model) {
        OrganizationForm form = new OrganizationForm();
        if (parent != null) {
            organizationAccess.require(user, OrganizationId.of(parent), Permission.ORGANIZATION_STRUCTURE);
            form.setParentId(parent);
        } else if (!user.isAdministrator()) {
            throw new ForbiddenException("Only administrators create root organizations");
        }
        return formPage(user, model, form, null);
    }

    @PostMapping("/new")
    String create(CurrentUser user, @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model) {
        return submit(binding, () -> formPage(user, model, form, null), () -> {
            OrganizationId id = organizations.create(
                    user, form.getParentId() == null ? null : OrganizationId.of(form.getParentId()), form.toDraft());
            return "redirect:/organizations/" + id + "?created";
        });
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        OrganizationDetails details = manageable(user, id);
        return formPage(user, model, OrganizationForm.of(details), details);
    }

    @PostMapping("/{id}/edit")
    String update(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model) {
        OrganizationDetails details = organizations.details(user, OrganizationId.of(id));
        return submit(binding, () -> formPage(user, model, form, details), () -> {
            organizations.update(user, OrganizationId.of(id), form.toDraft());
            return "redirect:/organizations/" + id + "?saved";
        });
    }

    @GetMapping("/{id}/move")
    String moveForm(CurrentUser user, @PathVariable long id, Model model) {
        return decisionPage(user, id, "move", new DecisionForm(), model);
    }

    @PostMapping("/{id}/move")
    String move(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            BindingResult binding,
            Model model) {
        return submit(binding, () -> decisionPage(user, id, "move", form, model), () -> {
            organizations.move(
                    user,
                    OrganizationId.of(id),
                    form.getParentId() == null ? null : OrganizationId.of(form.getParentId()),
                    form.getEffectiveDate(),
                    form.decision());
            return "redirect:/organizations/" + id + "?moved";
        });
    }

    @GetMapping("/{id}/dissolve")
    String dissolveForm(CurrentUser user, @PathVariable long id, Model model) {
        return decisionPage(user, id, "dissolve", new DecisionForm(), model);
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            BindingResult binding,
            Model model) {
        return submit(binding, () -> decisionPage(user, id, "dissolve", form, model), () -> {
            organizations.dissolve(user, OrganizationId.of(id), form.getEffectiveDate(), form.decision());
            return "redirect:/organizations/" + id + "?dissolved";
        });
    }

    @OnInvalidInput(redirect = "/organizations/{id}", section = "units")
    @PostMapping("/{id}/units")
    String addUnit(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute UnitForm unit,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        organizationUnits.addUnit(user, OrganizationId.of(id), unit.toDraft());
        return saved(redirect, id, "units");
    }

    @GetMapping("/{id}/units/{unitId}/edit")
    String editUnitForm(CurrentUser user, @PathVariable long id, @PathVariable long unitId, Model model) {
        OrganizationDetails details = manageable(user, id);
        UnitDetails unit = unit(details, unitId);
        return unitPage(user, model, details, unit, UnitForm.of(unit));
    }

    @PostMapping("/{id}/units/{unitId}/edit")
    String updateUnit(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long unitId,
            @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        OrganizationDetails details = manageable(user, id);
        UnitDetails unit = unit(details, unitId);
        return submit(binding, () -> unitPage(user, model, details, unit, form), () -> {
            organizationUnits.updateUnit(user, OrganizationId.of(id), unitId, form.toDraft());
            return saved(redirect, id, "units");
        });
    }

    /** Removes a dated staff count entered by mistake. */
    @PostMapping("/{id}/units/{unitId}/staff/{asOf}/delete")
    String removeStaffCount(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long unitId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            RedirectAttributes redirect) {
        organizationUnits.removeStaffCount(user, OrganizationId.of(id), unitId, asOf);
        redirect.addFlashAttribute("notice", "units.history.removed");
        return "redirect:/organizations/" + id + "/units/" + unitId + "/edit";
    }

    @PostMapping("/{id}/units/{unitId}/delete")
    String removeUnit(CurrentUser user, @PathVariable long id, @PathVariable long unitId, RedirectAttributes redirect) {
        organizationUnits.removeUnit(user, OrganizationId.of(id), unitId);
        redirect.addFlashAttribute("notice", "unit.removed");
        return "redirect:/organizations/" + id + "#units";
    }

    @OnInvalidInput(redirect = "/organizations/{id}", section = "terms")
    @PostMapping("/{id}/terms")
    String addTerm(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute TermForm term,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        organizationTerms.addTerm(user, OrganizationId.of(id), term.getName(), term.getStartsOn(), term.getEndsOn());
        return saved(redirect, id, "terms");
    }

    @GetMapping("/{id}/terms/{termId}/edit")
    String editTermForm(CurrentUser user, @PathVariable long id, @PathVariable long termId, Model model) {
        OrganizationDetails details = manageable(user, id);
        TermDetails term = term(details, termId);
        return termPage(model, details, term, TermForm.of(term));
    }

    @PostMapping("/{id}/terms/{termId}/edit")
    String updateTerm(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long termId,
            @ModelAttribute("form") TermForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        OrganizationDetails details = manageable(user, id);
        TermDetails term = term(details, termId);
        return submit(binding, () -> termPage(model, details, term, form), () -> {
            organizationTerms.updateTerm(
                    user, OrganizationId.of(id), termId, form.getName(), form.getStartsOn(), form.getEndsOn());
            return saved(redirect, id, "terms");
        });
    }

    @OnInvalidInput(redirect = "/organizations/{id}", section = "terms")
    @PostMapping("/{id}/terms/{termId}/seats")
    String addSeat(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long termId,
            @ModelAttribute SeatForm seat,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        organizationTerms.addCommitteeSeat(
                user,
                OrganizationId.of(id),
                termId,
                seat.getFullName(),
                seat.getPosition(),
                seat.getFromDate(),
                seat.getToDate(),
                seat.decision());
        return saved(redirect, id, "terms");
    }

    @GetMapping("/{id}/terms/{termId}/seats/{seatId}/edit")
    String editSeatForm(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long termId,
            @PathVariable long seatId,
            Model model) {
        OrganizationDetails details = manageable(user, id);
        TermDetails term = term(details, termId);
        CommitteeSeat seat = seat(term, seatId);
        return seatPage(model, details, term, seat, SeatForm.of(seat));
    }

    @PostMapping("/{id}/terms/{termId}/seats/{seatId}/edit")
    String updateSeat(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long termId,
            @PathVariable long seatId,
            @ModelAttribute("form") SeatForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        OrganizationDetails details = manageable(user, id);
        TermDetails term = term(details, termId);
        CommitteeSeat seat = seat(term, seatId);
        return submit(binding, () -> seatPage(model, details, term, seat, form), () -> {
            organizationTerms.updateCommitteeSeat(
                    user,
                    OrganizationId.of(id),
                    termId,
                    seatId,
                    form.getFullName(),
                    form.getPosition(),
                    form.getFromDate(),
                    form.getToDate(),
                    form.decision());
            return saved(redirect, id, "terms");
        });
    }

    @OnInvalidInput(redirect = "/organizations/{id}", section = "terms")
    @PostMapping("/{id}/terms/{termId}/seats/{seatId}/end")
    String endSeat(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long termId,
            @PathVariable long seatId,
            @ModelAttribute SeatForm seat,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        organizationTerms.endCommitteeSeat(user, OrganizationId.of(id), termId, seatId, seat.getToDate());
        return saved(redirect, id, "terms");
    }

    /**
     * Runs the action of a page's form and returns where it leads; when the input cannot be read, or the rules refuse
     * it, returns the page again with the error on its field.
     */
    private static String submit(BindingResult binding, Supplier<String> page, Supplier<String> action) {
        if (binding.hasErrors()) {
            return page.get();
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            // Stays here: Spring's own form errors (BindingResult), shown on the field of the form as typed.
            // The dissolve form names the module's dissolvedOn its effective date, as the move form does.
            String field = e.field().equals("dissolvedOn") ? "effectiveDate" : e.field();
            binding.rejectValue(field, e.messageKey(), e.arguments(), null);
            return page.get();
        }
    }

    private static String saved(RedirectAttributes redirect, long id, String anchor) {
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/organizations/" + id + "#" + anchor;
    }

    private static UnitDetails unit(OrganizationDetails details, long unitId) {
        return details.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    private static TermDetails term(OrganizationDetails details, long termId) {
        return details.term(termId).orElseThrow(() -> new NotFoundException("Term", termId));
    }

    private static CommitteeSeat seat(TermDetails term, long seatId) {
        return term.seat(seatId).orElseThrow(() -> new NotFoundException("CommitteeSeat", seatId));
    }

    /** The organization, if the user may edit what belongs to it: 404 when she may not see it, 403 when only that. */
    private OrganizationDetails manageable(CurrentUser user, long id) {
        OrganizationDetails details = organizations.details(user, OrganizationId.of(id));
        organizationAccess.require(user, OrganizationId.of(id), Permission.ORGANIZATION_MANAGE);
        return details;
    }

    private String unitPage(
            CurrentUser user, Model model, OrganizationDetails details, UnitDetails unit, UnitForm form) {
        model.addAttribute("org", details);
        model.addAttribute(
                "staffCounts",
                organizationUnits.staffCounts(user, details.summary().id(), unit.id()));
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("unitKinds", UnitKind.values());
        return "organizations/unit";
    }

    private String termPage(Model model, OrganizationDetails details, TermDetails term, TermForm form) {
        model.addAttribute("org", details);
        model.addAttribute("term", term);
        model.addAttribute("form", form);
        return "organizations/term";
    }

    private String seatPage(
            Model model, OrganizationDetails details, TermDetails term, CommitteeSeat seat, SeatForm form) {
        model.addAttribute("org", details);
        model.addAttribute("term", term);
        model.addAttribute("seat", seat);
        model.addAttribute("form", form);
        model.addAttribute("positions", Position.values());
        return "organizations/seat";
    }

    private String formPage(CurrentUser user, Model model, OrganizationForm form, OrganizationDetails existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("types", OrganizationType.values());
        if (existing == null && form.getParentId() != null) {
            model.addAttribute("parent", organizations.summary(user, OrganizationId.of(form.getParentId())));
        }
        return "organizations/form";
    }

    private String decisionPage(CurrentUser user, long id, String action, DecisionForm form, Model model) {
        OrganizationDetails details = organizations.details(user, OrganizationId.of(id));
        OrganizationId parent = details.summary().parentId();
        organizationAccess.requireStructureOver(user, OrganizationId.of(id));
        model.addAttribute("org", details);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        if (action.equals("move")) {
            List<OrganizationNode> tree = organizations.visibleTree(user, false);
            List<OrganizationSummary> candidates = OrganizationNode.flatten(tree);
            List<OrganizationSummary> ownSubtree = OrganizationNode.find(
                            tree, details.summary().id())
                    .map(node -> OrganizationNode.flatten(List.of(node)))
                    .orElse(List.of());
            model.addAttribute(
                    "candidates",
                    candidates.stream()
                            .filter(c -> !ownSubtree.contains(c))
                            .filter(c -> !c.id().equals(parent))
                            .filter(c -> details.summary().type().mayBeUnder(c.type()))
                            .toList());
        }
        return "organizations/decision";
    }
}
