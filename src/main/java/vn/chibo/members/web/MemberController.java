package vn.chibo.members.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.chibo.members.BranchVote;
import vn.chibo.members.Discipline;
import vn.chibo.members.Ethnicities;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberBadges;
import vn.chibo.members.MemberCorrections;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberDiscipline;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberSearch;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.MemberSummary;
import vn.chibo.members.MemberUpdate;
import vn.chibo.members.PartyBadges;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

@Controller
@RequestMapping("/members")
class MemberController {

    private final MemberManagement members;
    private final MemberSearch search;
    private final MemberLifeCycle lifeCycle;
    private final MemberBadges badges;
    private final MemberDiscipline discipline;
    private final MemberCorrections corrections;
    private final MemberExports exports;
    private final OrganizationChoices choices;

    MemberController(
            MemberManagement members,
            MemberSearch search,
            MemberLifeCycle lifeCycle,
            MemberBadges badges,
            MemberDiscipline discipline,
            MemberCorrections corrections,
            MemberExports exports,
            OrganizationChoices choices) {
        this.members = members;
        this.search = search;
        this.lifeCycle = lifeCycle;
        this.badges = badges;
        this.discipline = discipline;
        this.corrections = corrections;
        this.exports = exports;
        this.choices = choices;
    }

    @GetMapping
    String list(
            CurrentUser user,
            @ModelAttribute("filter") MemberFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        MemberQuery query = filter.toQuery();
        model.addAttribute("page", search.list(user, query));
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
        model.addAttribute("units", search.visibleUnits(user));
        if (filter.getOrg() != null) {
            model.addAttribute(
                    "recognitions",
                    lifeCycle.recognitionsDue(user, OrganizationId.of(filter.getOrg()), members.today()));
            model.addAttribute("openCorrections", corrections.open(user));
            model.addAttribute("removals", lifeCycle.removalsPending(user, OrganizationId.of(filter.getOrg())));
        }
        return "members/list";
    }

    @GetMapping("/print")
    String print(CurrentUser user, @ModelAttribute("filter") MemberFilter filter, Model model) {
        MemberQuery query = filter.toQuery().withPage(0, MemberQuery.MAX_SIZE);
        List<MemberSummary> rows = new ArrayList<>();
        search.export(user, query, "print", rows::add);
        model.addAttribute("rows", rows);
        model.addAttribute("today", members.today());
        return "members/print";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    void export(
            CurrentUser user,
            @PathVariable String format,
            @ModelAttribute("filter") MemberFilter filter,
            HttpServletResponse response)
            throws IOException {
        exports.write(user, filter.toQuery(), format, response);
    }

    @GetMapping("/{id:\\d+}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        MemberDetails member = members.details(user, MemberId.of(id));
        model.addAttribute("m", member);
        model.addAttribute("eventKinds", MemberEventKind.values());
        model.addAttribute("rewardOrDisciplineKinds", MemberDiscipline.KINDS);
        model.addAttribute("badgeYears", PartyBadges.YEARS);
        if (member.manageable()) {
            model.addAttribute(
                    "destinations",
                    choices.with(user, Permission.ORGANIZATION_VIEW).stream()
                            .filter(o -> o.type().isBranch() && !o.id().equals(member.organizationId()))
                            .toList());
        }
        model.addAttribute("today", members.today());
        return "members/show";
    }

    @PostMapping("/{id:\\d+}/events")
    String recordEvent(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) MemberEventKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @ModelAttribute DecisionFields decision,
            @RequestParam(required = false) Long toOrganization,
            @RequestParam(required = false) String externalOrganization,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate branchVoteDate,
            @RequestParam(required = false) Integer branchVoteAgree,
            @RequestParam(required = false) Integer branchVoteDisagree,
            @RequestParam(required = false) Integer branchVoteAbstain,
            @RequestParam(required = false) Integer branchVoteDenominator,
            Model model) {
        try {
            lifeCycle.recordEvent(
                    user,
                    MemberId.of(id),
                    new RecordMemberEvent(
                            kind,
                            occurredOn,
                            until,
                            decision.reference(),
                            toOrganization == null ? null : OrganizationId.of(toOrganization),
                            externalOrganization,
                            note),
                    branchVoteDate == null
                            ? null
                            : new BranchVote(
                                    branchVoteDate,
                                    branchVoteAgree,
                                    branchVoteDisagree,
                                    branchVoteAbstain,
                                    branchVoteDenominator));
            return "redirect:/members/" + id + "?recorded";
        } catch (InvalidInputException e) {
            // Stays here: the template words the error with the members' own labels (member.field.*), not field.*.
            model.addAttribute("eventError", e);
            return show(user, id, model);
        }
    }

    @PostMapping("/{id:\\d+}/badges")
    String recordBadge(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
            @ModelAttribute DecisionFields decision,
            @RequestParam(required = false) String back,
            Model model) {
        try {
            badges.recordBadge(user, MemberId.of(id), years == null ? 0 : years, awardedOn, decision.reference());
            // From the badge list, back to it (a local path only).
            return back != null && back.startsWith("/members/badges")
                    ? "redirect:" + back + (back.contains("?") ? "&" : "?") + "recorded"
                    : "redirect:/members/" + id + "?badge#badges";
        } catch (InvalidInputException e) {
            // Stays here: the template words the error with the members' own labels (member.field.*), not field.*.
            model.addAttribute("badgeError", e);
            return show(user, id, model);
        }
    }

    @PostMapping("/{id:\\d+}/rewards-and-discipline")
    String addRewardOrDiscipline(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description,
            @ModelAttribute DecisionFields decision,
            Model model) {
        try {
            if ("REWARD".equals(kind)) {
                discipline.addReward(user, MemberId.of(id), description, decision.reference());
            } else {
                discipline.addDiscipline(user, MemberId.of(id), Discipline.of(kind), description, decision.reference());
            }
            return "redirect:/members/" + id + "?rewardOrDiscipline#rewards-and-discipline";
        } catch (InvalidInputException e) {
            // Stays here: the template words the error with the members' own labels (member.field.*), not field.*.
            model.addAttribute("rewardOrDisciplineError", e);
            return show(user, id, model);
        }
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, @RequestParam(required = false) Long org, Model model) {
        return formPage(user, model, MemberForm.start(org), null);
    }

    @PostMapping("/new")
    String create(CurrentUser user, @ModelAttribute("form") MemberForm form, Model model) {
        try {
            MemberId id = form.arriving()
                    ? lifeCycle.receive(user, form.toDraft(), form.toArrival())
                    : members.create(user, form.toDraft());
            return "redirect:/members/" + id + "?created";
        } catch (InvalidInputException e) {
            // Stays here: the page is shown again with what was typed; the template words the error (member.field.*).
            return formPage(user, model, form, e);
        }
    }

    private String formPage(CurrentUser user, Model model, MemberForm form, InvalidInputException error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("organizations", choices.with(user, Permission.MEMBER_MANAGE));
        model.addAttribute("createFields", MemberFormLayout.CREATE);
        model.addAttribute("createNumbers", MemberFormLayout.CREATE_NUMBERS);
        model.addAttribute("levels", PoliticalTheoryLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicities.NAMES);
        return "members/form";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        MemberManagement.MemberEditing editing = members.editing(user, MemberId.of(id));
        return editPage(model, editing.details(), editing.values(), null);
    }

    @PostMapping("/{id:\\d+}/edit")
    String edit(CurrentUser user, @PathVariable long id, @ModelAttribute("form") MemberUpdate form, Model model) {
        try {
            members.update(user, MemberId.of(id), form);
            return "redirect:/members/" + id + "?updated";
        } catch (InvalidInputException e) {
            // Stays here: the page is shown again with what was typed; the template words the error (member.field.*).
            MemberManagement.MemberEditing editing = members.editing(user, MemberId.of(id));
            // On a conflict the form starts again from the record as it is now; otherwise it keeps what was typed.
            MemberUpdate values = e.field().equals("version") ? editing.values() : form;
            return editPage(model, editing.details(), values, e);
        }
    }

    private String editPage(Model model, MemberDetails member, MemberUpdate values, InvalidInputException error) {
        model.addAttribute("m", member);
        model.addAttribute("units", members.unitChoices(member.id()));
        model.addAttribute("sections", MemberFormLayout.EDIT);
        model.addAttribute("form", values);
        model.addAttribute("error", error);
        model.addAttribute("levels", PoliticalTheoryLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicities.NAMES);
        return "members/edit";
    }

    @GetMapping("/badges")
    String badges(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
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
                selected == null ? List.of() : badges.badgeList(user, OrganizationId.of(selected), awardDate));
        return "members/badges";
    }

    @PostMapping("/corrections/{id}")
    String resolveCorrection(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam boolean accepted,
            @RequestParam(required = false) Long org) {
        corrections.resolve(user, id, accepted);
        return "redirect:/members" + (org == null ? "" : "?org=" + org);
    }
}
