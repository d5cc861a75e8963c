package vn.chibo.elections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.platform.CurrentUser;

/**
 * The hall screen of a congress (màn hình hội trường), what the projector shows the delegates while the congress sits:
 * the congress, how many of those who vote there are recorded present (as the check-in desk or the clerk records
 * them, so that the figure rises as the delegates come in), the shows of hands of its preparatory session and the vote on
 * its resolution once recorded, and each election's latest counted round with its ballots and every candidate's
 * votes, those elected marked. A round still being entered is never shown: only a result the
 * counting committee has counted is announced. For those who may see the congress; nothing is written.
 */
@Service
public class CongressScreen {

    private final CongressManagement congresses;
    private final ElectionManagement elections;
    private final CongressSessions sessions;

    CongressScreen(CongressManagement congresses, ElectionManagement elections, CongressSessions sessions) {
        this.congresses = congresses;
        this.elections = elections;
        this.sessions = sessions;
    }

    /**
     * What the screen shows.
     *
     * @param expected those who vote at the congress (each delegate or member with a vote; an alternate in place of an
     *     absent delegate instead of her)
     * @param present those of them recorded present, whole or part of the congress
     * @param recorded whether anyone's attendance has been recorded yet (before that the screen shows who is summoned)
     */
    public record Screen(
            CongressSummary congress,
            String place,
            int expected,
            int present,
            boolean recorded,
            AttendanceFigures figures,
            List<SessionVote> votes,
            ResolutionDetails resolution,
            List<Result> results) {}

    /** An election's latest counted round, and whom the election has elected so far. */
    public record Result(
            ElectionId election,
            ElectionKind kind,
            int seats,
            ElectionStatus status,
            ElectionResult round,
            List<String> elected) {}

    @Transactional(readOnly = true)
    public Screen of(CurrentUser user, CongressId id) {
        CongressDetails details = congresses.details(user, id);
        List<Attendee> attendees = details.attendees();
        Map<Long, Attendee> byId = new java.util.HashMap<>();
        attendees.forEach(a -> byId.put(a.id(), a));
        int expected = 0;
        int present = 0;
        for (CongressCheckIn.DelegateCard card : CongressCheckIn.cards(attendees, Map.of())) {
            if (card.valid()) {
                expected++;
                if (byId.get(card.attendeeId()).attending()) {
                    present++;
                }
            }
        }
        boolean recorded = attendees.stream().anyMatch(a -> a.status() != null);
        List<Result> results = new ArrayList<>();
        for (ElectionSummary e : details.elections()) {
            elections.details(user, e.id()).rounds().stream()
                    .filter(ElectionResult::counted)
                    .reduce((first, second) -> second)
                    .ifPresent(round ->
                            results.add(new Result(e.id(), e.kind(), e.seats(), e.status(), round, e.elected())));
        }
        return new Screen(
                details.summary(),
                details.place(),
                expected,
                present,
                recorded,
                details.figures(),
                sessions.details(user, id).votes(),
                details.resolution(),
                results);
    }
}
