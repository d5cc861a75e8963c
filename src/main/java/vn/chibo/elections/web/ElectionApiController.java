package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.BallotDifference;
import vn.chibo.elections.BallotEntered;
import vn.chibo.elections.CandidateLists;
import vn.chibo.elections.ElectionCounting;
import vn.chibo.elections.ElectionDetails;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.ElectionResult;
import vn.chibo.elections.EnterBallot;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/elections")
@Tag(
        name = "Elections",
        description = "An election's list, counting committee, paper ballots entered (up to three independent entries),"
                + " rounds, results, counting minutes and ballots. No electronic voting by the voters.")
class ElectionApiController {

    private final ElectionManagement elections;
    private final CandidateLists lists;
    private final ElectionCounting counting;
    private final DocumentFiles files;

    ElectionApiController(
            ElectionManagement elections, CandidateLists lists, ElectionCounting counting, DocumentFiles files) {
        this.elections = elections;
        this.lists = lists;
        this.counting = counting;
        this.files = files;
    }

    @GetMapping("/{id}")
    @Operation(summary = "An election: its list, counting committee, nominations and the result of every round")
    ElectionDetails election(@PathVariable long id, CurrentUser user) {
        return elections.details(user, ElectionId.of(id));
    }

    /** The counting committee: member ids and the head among them. */
    record CountingCommittee(List<Long> tellers, Long head) {}

    @PutMapping("/{id}/counting-committee")
    @Operation(summary = "Elect the counting committee: official members with a vote who do not stand in this election")
    ElectionDetails countingCommittee(@PathVariable long id, @RequestBody CountingCommittee c, CurrentUser user) {
        elections.setCountingCommittee(
                user, ElectionId.of(id), ApiIds.members(c.tellers()), c.head() == null ? null : MemberId.of(c.head()));
        return elections.details(user, ElectionId.of(id));
    }

    /** A withdrawal the congress granted. */
    record Withdrawal(Long memberId) {}

    @PostMapping("/{id}/withdrawals")
    @Operation(summary = "A candidate's withdrawal (xin rút) granted by the congress")
    ElectionDetails withdraw(@PathVariable long id, @RequestBody Withdrawal w, CurrentUser user) {
        if (w.memberId() == null) {
            throw new InvalidInputException("memberId", "validation.required");
        }
        lists.withdraw(user, ElectionId.of(id), MemberId.of(w.memberId()));
        return elections.details(user, ElectionId.of(id));
    }

    /** The opinion ballot's votes for each candidate (member id to votes). */
    record Trimming(Map<Long, Integer> opinionVotes) {}

    @PostMapping("/{id}/trim")
    @Operation(summary = "Trim a list above the largest surplus by the opinion ballot; a tie at the line gets 422")
    Map<String, List<MemberId>> trim(@PathVariable long id, @RequestBody Trimming t, CurrentUser user) {
        Map<MemberId, Integer> votes = new HashMap<>();
        if (t.opinionVotes() != null) {
            t.opinionVotes().forEach((member, v) -> votes.put(MemberId.of(member), v));
        }
        return Map.of("dropped", lists.trim(user, ElectionId.of(id), votes));
    }

    /** The ballots issued for the current round and the number of independent entries (1 to 3). */
    record Issue(Integer issued, Integer entries) {}

    @PutMapping("/{id}/issued")
    @Operation(summary = "Ballots issued for the current round, and how many independent entries are made")
    ElectionDetails issue(@PathVariable long id, @RequestBody Issue i, CurrentUser user) {
        if (i.issued() == null) {
            throw new InvalidInputException("issued", "validation.required");
        }
        elections.issueBallots(user, ElectionId.of(id), i.issued(), i.entries() == null ? 1 : i.entries());
        return elections.details(user, ElectionId.of(id));
    }

    /**
     * One paper ballot: {@code kept} (crossing-out), {@code marks} (agree/disagree: AGREE, DISAGREE, BOTH, NONE) or
     * {@code invalid} (a code); {@code entry} 1, 2 or 3; {@code number} its place in the pile (the next when absent).
     */
    record Ballot(Integer entry, Integer number, List<Long> kept, Map<Long, Mark> marks, InvalidBallotCode invalid) {

        EnterBallot command() {
            Map<MemberId, Mark> m = null;
            if (marks != null) {
                m = new HashMap<>();
                for (Map.Entry<Long, Mark> e : marks.entrySet()) {
                    m.put(MemberId.of(e.getKey()), e.getValue());
                }
            }
            return new EnterBallot(entry, number, kept == null ? null : ApiIds.members(kept), m, invalid);
        }
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "Enter one paper ballot; the answer says whether it is valid and why not")
    BallotEntered ballot(@PathVariable long id, @RequestBody Ballot b, CurrentUser user) {
        return counting.enter(user, ElectionId.of(id), b.command());
    }

    @GetMapping("/{id}/differences")
    @Operation(summary = "The ballots of the current round that the independent entries read differently")
    List<BallotDifference> differences(@PathVariable long id, CurrentUser user) {
        return counting.differences(user, ElectionId.of(id));
    }

    @PutMapping("/{id}/ballots/{number}")
    @Operation(summary = "Settle a ballot read differently: the counting committee's reading replaces every entry's")
    BallotEntered settle(@PathVariable long id, @PathVariable int number, @RequestBody Ballot b, CurrentUser user) {
        return counting.settle(user, ElectionId.of(id), number, b.command());
    }

    /** The ballots found in the box, counted by hand (the ballots entered when absent). */
    record Count(Integer returned) {}

    @PostMapping("/{id}/count")
    @Operation(summary = "Count the current round once the entries agree and the sums check")
    ElectionResult count(@PathVariable long id, @RequestBody(required = false) Count c, CurrentUser user) {
        return counting.count(user, ElectionId.of(id), c == null ? null : c.returned());
    }

    @GetMapping("/{id}/result")
    @Operation(
            summary = "The result of the latest (or a given) round with the denominator, threshold and who is elected")
    ElectionResult result(@PathVariable long id, @RequestParam(required = false) Integer round, CurrentUser user) {
        return counting.result(user, ElectionId.of(id), round);
    }

    /** The next round: a run-off among the tied, or a round for the seats left on the names the congress decides. */
    record NextRound(List<Long> candidates, Integer seats) {}

    @PostMapping("/{id}/rounds")
    @Operation(summary = "Hold another round: a run-off among the tied, or for the seats left")
    ElectionDetails nextRound(@PathVariable long id, @RequestBody NextRound r, CurrentUser user) {
        if (r.seats() == null) {
            throw new InvalidInputException("seats", "validation.required");
        }
        elections.nextRound(user, ElectionId.of(id), ApiIds.members(r.candidates()), r.seats());
        return elections.details(user, ElectionId.of(id));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "The congress decides to hold no further round: the seats left stay unfilled")
    ElectionDetails end(@PathVariable long id, CurrentUser user) {
        elections.end(user, ElectionId.of(id));
        return elections.details(user, ElectionId.of(id));
    }

    @GetMapping("/{id}/minutes.{format}")
    @Operation(summary = "The counting minutes of a counted round (the latest by default), DOCX or PDF")
    ResponseEntity<byte[]> minutes(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) Integer round,
            CurrentUser user) {
        return files.countingMinutes(user, id, round, format, false);
    }

    @GetMapping(value = "/{id}/ballots.pdf")
    @Operation(summary = "The ballot of the current round as PDF, one A4 page")
    ResponseEntity<byte[]> ballots(@PathVariable long id, CurrentUser user) {
        return files.ballots(user, id);
    }
}
