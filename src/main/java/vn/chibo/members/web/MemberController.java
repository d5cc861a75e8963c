package vn.chibo.members.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.members.ActivityState;
import vn.chibo.members.AgeBand;
import vn.chibo.members.Ethnicities;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.MemberUpdate;
import vn.chibo.members.PartyBadges;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

@Controller
@RequestMapping("/members")
class MemberController {

    private final MemberManagement members;
    private final MemberExports exports;
    private final OrganizationChoices choices;

    MemberController(MemberManagement members, MemberExports exports, OrganizationChoices choices) {
        this.members = members;
        this.exports = exports;
        this.choices = choices;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") MemberFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        MemberQuery query = filter.toQuery();
        model.addAttribute("page", members.list(user, query));
        model.addAttribute("query", filter.queryString());
        if (htmx != null) {
            return "members/list :: results";
        }
        model.addAttribute("organizations", choices.with(user, Permission.MEMBER_VIEW));
        model.addAttribute(
                "canImport", !choices.with(user, Permission.MEMBER_MANAGE).isEmpty());
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("activities", ActivityState.values());
        model.addAttribute("levels", PoliticalTheoryLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("ethnicities", Ethnicities.NAMES);
        model.addAttribute("units", members.visibleUnits(user));
        if (filter.getOrg() != null) {
            model.addAttribute(
                    "recognitions", members.recognitionsDue(user, OrganizationId.of(filter.getOrg()), members.today()));
            model.addAttribute("openCorrections", members.openCorrections(user));
        }
        return "members/list";
    }

    @GetMapping("/print")
    String print(@ModelAttribute("filter") MemberFilter filter, Model model) {
        CurrentUser user = CurrentUsers.require();
        MemberQuery query = filter.toQuery().withPage(0, MemberQuery.MAX_SIZE);
        List<vn.chibo.members.MemberSummary> rows = new java.util.ArrayList<>();
        members.export(user, query, "print", rows::add);
        model.addAttribute("rows", rows);
        model.addAttribute("today", members.today());
        return "members/print";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    void export(
            @PathVariable String format, @ModelAttribute("filter") MemberFilter filter, HttpServletResponse response)
            throws IOException {
        exports.write(CurrentUsers.require(), filter.toQuery(), format, response);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        MemberDetails member = members.details(CurrentUsers.require(), MemberId.of(id));
        model.addAttribute("m", member);
        model.addAttribute("eventKinds", MemberEventKind.values());
        model.addAttribute("distinctionKinds", MemberManagement.DISTINCTION_KINDS);
        model.addAttribute("badgeYears", PartyBadges.YEARS);
        if (member.manageable()) {
            model.addAttribute(
                    "destinations",
                    choices.with(CurrentUsers.require(), Permission.ORGANIZATION_VIEW).stream()
                            .filter(o -> o.type().isBranch() && !o.id().equals(member.organizationId()))
                            .toList());
        }
        model.addAttribute("today", members.today());
        return "members/show";
    }

    @PostMapping("/{id:\\d+}/events")
    String recordEvent(
            @PathVariable long id,
            @RequestParam(required = false) MemberEventKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionSymbol,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) Long toOrganization,
            @RequestParam(required = false) String externalOrganization,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate branchVoteDate,
            @RequestParam(required = false) Integer branchVoteAgree,
            @RequestParam(required = false) Integer branchVoteDisagree,
            @RequestParam(required = false) Integer branchVoteAbstain,
            @RequestParam(required = false) Integer branchVoteDenominator,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        try {
            members.recordEvent(
                    user,
                    MemberId.of(id),
                    new RecordMemberEvent(
                            kind,
                            occurredOn,
                            until,
                            new DecisionReference(decisionNumber, decisionSymbol, decisionDate),
                            toOrganization == null ? null : OrganizationId.of(toOrganization),
                            externalOrganization,
                            note),
                    branchVoteDate == null
                            ? null
                            : new MemberManagement.BranchVote(
                                    branchVoteDate,
                                    branchVoteAgree,
                                    branchVoteDisagree,
                                    branchVoteAbstain,
                                    branchVoteDenominator));
            return "redirect:/members/" + id + "?recorded";
        } catch (InvalidInputException e) {
            model.addAttribute("eventError", e);
            return show(id, model);
        }
    }

    @PostMapping("/{id:\\d+}/badges")
    String recordBadge(
            @PathVariable long id,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionSymbol,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String back,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        try {
            members.recordBadge(
                    user,
                    MemberId.of(id),
                    years == null ? 0 : years,
                    awardedOn,
                    new DecisionReference(decisionNumber, decisionSymbol, decisionDate));
            // From the badge list, back to it (a local path only).
            return back != null && back.startsWith("/members/badges")
                    ? "redirect:" + back + (back.contains("?") ? "&" : "?") + "recorded"
                    : "redirect:/members/" + id + "?badge#badges";
        } catch (InvalidInputException e) {
            model.addAttribute("badgeError", e);
            return show(id, model);
        }
    }

    @PostMapping("/{id:\\d+}/distinctions")
    String addDistinction(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionSymbol,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        try {
            members.addDistinction(
                    user,
                    MemberId.of(id),
                    kind,
                    description,
                    new DecisionReference(decisionNumber, decisionSymbol, decisionDate));
            return "redirect:/members/" + id + "?distinction#distinctions";
        } catch (InvalidInputException e) {
            model.addAttribute("distinctionError", e);
            return show(id, model);
        }
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long org, Model model) {
        MemberForm form = new MemberForm();
        form.setOrganizationId(org);
        return formPage(model, form, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") MemberForm form, Model model) {
        try {
            MemberId id = form.arriving()
                    ? members.receive(CurrentUsers.require(), form.toDraft(), form.toArrival())
                    : members.create(CurrentUsers.require(), form.toDraft());
            return "redirect:/members/" + id + "?created";
        } catch (InvalidInputException e) {
            return formPage(model, form, e);
        }
    }

    private String formPage(Model model, MemberForm form, InvalidInputException error) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("organizations", choices.with(user, Permission.MEMBER_MANAGE));
        model.addAttribute("levels", PoliticalTheoryLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicities.NAMES);
        return "members/form";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        MemberManagement.MemberEditing editing = members.editing(CurrentUsers.require(), MemberId.of(id));
        return editPage(model, editing.details(), editing.values(), null);
    }

    @PostMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") MemberUpdate form, Model model) {
        CurrentUser user = CurrentUsers.require();
        try {
            members.update(user, MemberId.of(id), form);
            return "redirect:/members/" + id + "?updated";
        } catch (InvalidInputException e) {
            MemberManagement.MemberEditing editing = members.editing(user, MemberId.of(id));
            // On a conflict the form starts again from the record as it is now; otherwise it keeps what was typed.
            MemberUpdate values = e.field().equals("version") ? editing.values() : form;
            return editPage(model, editing.details(), values, e);
        }
    }

    private String editPage(Model model, MemberDetails member, MemberUpdate values, InvalidInputException error) {
        model.addAttribute("m", member);
        model.addAttribute("units", members.unitChoices(member.id()));
        model.addAttribute("form", values);
        model.addAttribute("error", error);
        model.addAttribute("levels", PoliticalTheoryLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicities.NAMES);
        return "members/edit";
    }

    @GetMapping("/badges")
    String badges(
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        LocalDate awardDate = date == null ? members.today() : date;
        var organizations = choices.with(user, Permission.MEMBER_VIEW);
        Long selected = org != null
                ? org
                : organizations.isEmpty() ? null : organizations.get(0).id().value();
        model.addAttribute("organizations", organizations);
        model.addAttribute("org", selected);
        model.addAttribute("date", awardDate);
        model.addAttribute("badgeYears", PartyBadges.YEARS);
        model.addAttribute(
                "canRecord",
                selected != null
                        && !awardDate.isAfter(members.today())
                        && organizations.stream().anyMatch(o -> o.id().value() == selected)
                        && choices.with(user, Permission.MEMBER_MANAGE).stream()
                                .anyMatch(o -> o.id().value() == selected));
        model.addAttribute(
                "candidates",
                selected == null ? List.of() : members.badgeList(user, OrganizationId.of(selected), awardDate));
        return "members/badges";
    }

    @PostMapping("/corrections/{id}")
    String resolveCorrection(
            @PathVariable long id, @RequestParam boolean accepted, @RequestParam(required = false) Long org) {
        members.resolveCorrection(CurrentUsers.require(), id, accepted);
        return "redirect:/members" + (org == null ? "" : "?org=" + org);
    }
}
