package vn.chibo.elections.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.Attendee;
import vn.chibo.elections.BallotDifference;
import vn.chibo.elections.BallotEntered;
import vn.chibo.elections.CandidateLists;
import vn.chibo.elections.CongressDetails;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.ElectionCounting;
import vn.chibo.elections.ElectionDetails;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.EnterBallot;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;
import vn.chibo.elections.Nominate;
import vn.chibo.elections.NominationResult;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;

/**
 * The election page: the list and its rules, nominations, withdrawals and trimming, the counting committee, the
 * ballots issued, paper ballots entered one by one (htmx answers with the verdict and the counts), the differences
 * between entries, the count of each round, and the next round.
 */
@Controller
@RequestMapping("/elections")
class ElectionController {

    private final ElectionManagement elections;
    private final CandidateLists lists;
    private final ElectionCounting counting;
    private final CongressManagement congresses;
    private final InputMessages messages;
    private final DocumentFiles files;

    ElectionController(
            ElectionManagement elections,
            CandidateLists lists,
            ElectionCounting counting,
            CongressManagement congresses,
            InputMessages messages,
            DocumentFiles files) {
        this.elections = elections;
        this.lists = lists;
        this.counting = counting;
        this.congresses = congresses;
        this.messages = messages;
        this.files = files;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, CurrentUser user) {
        ElectionDetails election = elections.details(user, ElectionId.of(id));
        CongressDetails congress = congresses.details(user, election.congressId());
        Set<MemberId> listed = election.candidates().stream()
                .filter(c -> !c.withdrawn())
                .map(ElectionDetails.Candidate::memberId)
                .collect(Collectors.toSet());
        List<Attendee> voters = congress.attendees().stream()
                .filter(a -> a.memberId() != null && (a.votes() || a.replacesAttendeeId() != null))
                .toList();
        model.addAttribute("election", election);
        model.addAttribute(
                "listProblem",
                election.listProblem() == null
                        ? null
                        : messages.text(
                                election.listProblem(),
                                election.listProblemArguments().toArray()));
        model.addAttribute("congress", congress);
        model.addAttribute("result", election.latest());
        model.addAttribute(
                "nominees",
                voters.stream().filter(a -> !listed.contains(a.memberId())).toList());
        model.addAttribute(
                "nominators",
                congress.attendees().stream().filter(a -> a.memberId() != null).toList());
        model.addAttribute(
                "tellerChoices",
                voters.stream().filter(a -> !listed.contains(a.memberId())).toList());
        model.addAttribute("differences", counting.differences(user, ElectionId.of(id)));
        model.addAttribute("marks", Mark.values());
        model.addAttribute("codes", codesFor(election));
        return "elections/election";
    }

    private static List<InvalidBallotCode> codesFor(ElectionDetails election) {
        if (election.latest() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(InvalidBallotCode.values())
                .filter(c -> c.appliesTo(election.latest().form()))
                .toList();
    }

    private String page(long id) {
        return "/elections/" + id;
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "nominations")
    @PostMapping("/{id}/nominations")
    String nominate(
            @PathVariable long id,
            @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) Long nominatedBy,
            @RequestParam(required = false) Integer present,
            @RequestParam(required = false) Integer inFavour,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (memberId == null || present == null || inFavour == null) {
            throw new InvalidInputException(
                    memberId == null ? "memberId" : present == null ? "present" : "inFavour", "validation.required");
        }
        CongressId congress = elections.details(user, ElectionId.of(id)).congressId();
        NominationResult r = lists.nominate(
                user,
                congress,
                new Nominate(
                        ElectionId.of(id),
                        MemberId.of(memberId),
                        nominatedBy == null ? null : MemberId.of(nominatedBy),
                        present,
                        inFavour));
        redirect.addFlashAttribute(
                "nominationOutcome",
                messages.text(
                        r.added() ? "election.nomination.added" : "election.nomination.notAdded",
                        inFavour,
                        present,
                        r.minimum()));
        if (r.trimmingNeeded()) {
            redirect.addFlashAttribute("error", messages.text("election.nomination.trimmingNeeded", r.maxListSize()));
            redirect.addFlashAttribute("errorSection", "list");
        }
        return "redirect:" + page(id) + "#nominations";
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "list")
    @PostMapping("/{id}/withdrawals")
    String withdraw(@PathVariable long id, @RequestParam long memberId, RedirectAttributes redirect, CurrentUser user) {
        lists.withdraw(user, ElectionId.of(id), MemberId.of(memberId));
        return PageRedirects.toElection(redirect, id, "list", "saved");
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "list")
    @PostMapping("/{id}/trim")
    String trim(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect,
            CurrentUser user) {
        Map<MemberId, Integer> votes = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("votes-") && !value.isBlank()) {
                try {
                    votes.put(MemberId.of(Long.parseLong(key.substring(6))), Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    votes.put(MemberId.of(Long.parseLong(key.substring(6))), -1);
                }
            }
        });
        lists.trim(user, ElectionId.of(id), votes);
        return PageRedirects.toElection(redirect, id, "list", "saved");
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "counting")
    @PostMapping("/{id}/counting-committee")
    String countingCommittee(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> tellers,
            @RequestParam(required = false) Long head,
            RedirectAttributes redirect,
            CurrentUser user) {
        elections.setCountingCommittee(
                user, ElectionId.of(id), ApiIds.members(tellers), head == null ? null : MemberId.of(head));
        return PageRedirects.toElection(redirect, id, "counting", "saved");
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "counting")
    @PostMapping("/{id}/issued")
    String issue(
            @PathVariable long id,
            @RequestParam(required = false) Integer issued,
            @RequestParam(defaultValue = "1") int entries,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (issued == null) {
            throw new InvalidInputException("issued", "validation.required");
        }
        elections.issueBallots(user, ElectionId.of(id), issued, entries);

        return PageRedirects.toElection(redirect, id, "counting", "saved");
    }

    /**
     * One paper ballot from the entry form: the names kept, a mark per name ({@code mark-<memberId>}), or an invalid
     * code. With htmx the answer is the entry section, with the verdict and the counts, ready for the next ballot.
     */
    @PostMapping("/{id}/ballots")
    String ballot(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int entry,
            @RequestParam(required = false) List<Long> kept,
            @RequestParam(required = false) String invalid,
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect,
            CurrentUser user) {
        String outcome;
        boolean failed = false;
        try {
            BallotEntered b = counting.enter(user, ElectionId.of(id), command(entry, null, kept, invalid, params));
            outcome = b.valid()
                    ? messages.text("election.ballot.enteredValid", b.number(), b.entry())
                    : messages.text(
                            "election.ballot.enteredInvalid",
                            b.number(),
                            b.entry(),
                            messages.text(
                                    "election.invalid." + b.invalidBecause().name()));
        } catch (InvalidInputException e) {
            // Stays here: an htmx entry is answered with the entry section itself, not a redirect.
            outcome = messages.inline(e);
            failed = true;
        }
        if (htmx == null) {
            redirect.addFlashAttribute(failed ? "error" : "ballotOutcome", outcome);
            redirect.addFlashAttribute("errorSection", "entry");
            redirect.addFlashAttribute("lastEntry", entry);
            return "redirect:" + page(id) + "#entry";
        }
        show(id, model, user);
        model.addAttribute(failed ? "entryError" : "ballotOutcome", outcome);
        model.addAttribute("lastEntry", entry);
        return "elections/election :: entry";
    }

    static EnterBallot command(int entry, Integer number, List<Long> kept, String invalid, Map<String, String> params) {
        if (invalid != null && !invalid.isBlank()) {
            try {
                return new EnterBallot(entry, number, null, null, InvalidBallotCode.valueOf(invalid));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid", "validation.invalidValue", invalid);
            }
        }
        Map<MemberId, Mark> marks = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getKey().startsWith("mark-")) {
                try {
                    marks.put(MemberId.of(Long.parseLong(p.getKey().substring(5))), Mark.valueOf(p.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("marks", "validation.invalidValue", p.getValue());
                }
            }
        }
        if (!marks.isEmpty() || params.containsKey("form-marks")) {
            return new EnterBallot(entry, number, null, marks, null);
        }
        return new EnterBallot(entry, number, null == kept ? List.of() : ApiIds.members(kept), null, null);
    }

    /** Settles a ballot the entries read differently by taking one entry's reading. */
    @OnInvalidInput(redirect = "/elections/{id}", section = "entry")
    @PostMapping("/{id}/settle")
    String settle(
            @PathVariable long id,
            @RequestParam int number,
            @RequestParam int fromEntry,
            RedirectAttributes redirect,
            CurrentUser user) {
        EnterBallot reading = counting.differences(user, ElectionId.of(id)).stream()
                .filter(d -> d.number() == number)
                .map(BallotDifference::readings)
                .filter(r -> fromEntry >= 1 && fromEntry <= r.size() && r.get(fromEntry - 1) != null)
                .map(r -> r.get(fromEntry - 1))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("number", "election.settle.noReading"));
        counting.settle(user, ElectionId.of(id), number, reading);

        return PageRedirects.toElection(redirect, id, "entry", "election.notice.settled");
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "results")
    @PostMapping("/{id}/count")
    String count(
            @PathVariable long id,
            @RequestParam(required = false) Integer returned,
            RedirectAttributes redirect,
            CurrentUser user) {
        counting.count(user, ElectionId.of(id), returned);
        return PageRedirects.toElection(redirect, id, "results", "election.notice.counted");
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "results")
    @PostMapping("/{id}/rounds")
    String nextRound(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> candidates,
            @RequestParam(required = false) Integer seats,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (seats == null) {
            throw new InvalidInputException("seats", "validation.required");
        }
        elections.nextRound(user, ElectionId.of(id), ApiIds.members(candidates), seats);

        return PageRedirects.toElection(redirect, id, "results", "election.notice.nextRound");
    }

    @OnInvalidInput(redirect = "/elections/{id}", section = "results")
    @PostMapping("/{id}/end")
    String end(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        elections.end(user, ElectionId.of(id));
        return PageRedirects.toElection(redirect, id, "results", "saved");
    }

    @GetMapping("/{id}/minutes.{format}")
    ResponseEntity<byte[]> minutes(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) Integer round,
            CurrentUser user) {
        return files.countingMinutes(user, id, round, format, true);
    }

    @GetMapping("/{id}/ballots.pdf")
    ResponseEntity<byte[]> ballots(@PathVariable long id, CurrentUser user) {
        return files.ballots(user, id);
    }
}
