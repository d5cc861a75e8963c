package vn.chibo.elections;

import java.time.Clock;
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
 * counting committee has counted is announced. Above them, what is on the floor ({@link CongressFloor}): the paper being
 * presented and its presenter, or the election under way, with the speaker's time counting down. For those who may see
 * the congress; nothing is written.
 */
@Service
public class CongressScreen {

    private final CongressManagement congresses;
    private final ElectionManagement elections;
    private final CongressSessions sessions;
    private final CongressFloor floor;
    private final CongressSpeakers speakers;
    private final Clock clock;

    CongressScreen(
            CongressManagement congresses,
            ElectionManagement elections,
            CongressSessions sessions,
            CongressFloor floor,
            CongressSpeakers speakers,
            Clock clock) {
        this.congresses = congresses;
        this.elections = elections;
        this.sessions = sessions;
        this.floor = floor;
        this.speakers = speakers;
        this.clock = clock;
    }

    /** How many of those waiting to speak the screen names. */
    static final int NEXT_SPEAKERS = 3;

    /** How the screen counts those present. */
    public enum Count {
        /** Nobody is recorded present and the congress has not opened: those summoned. */
        SUMMONED,
        /** The desk (or the clerk) is recording those who come: those recorded present, of those who vote. */
        CHECKING_IN,
        /** The congress opened with absences recorded only: its attendance as the minutes count it. */
        MINUTES
    }

    /**
     * What the screen shows.
     *
     * @param present how many are present as {@code count} says (for SUMMONED, those summoned)
     * @param of of how many: those who vote at the congress (an alternate in place of an absent delegate instead of
     *     her) while checking in, those summoned with a vote by the minutes' count
     * @param floor what the congress hears now, as the presidium put it up; null when nothing is
     * @param secondsLeft of the speaker's allotted time when the screen was made (negative once over); null without one
     * @param nextSpeakers the first three waiting on the list of speakers
     * @param guests the congress's guests as it introduces them (giới thiệu đại biểu), in the order entered
     */
    public record Screen(
            CongressSummary congress,
            String place,
            Count count,
            int present,
            int of,
            AttendanceFigures figures,
            List<SessionVote> votes,
            ResolutionDetails resolution,
            List<Result> results,
            CongressFloor.Item floor,
            Long secondsLeft,
            List<CongressSpeakers.Speaker> nextSpeakers,
            List<Guest> guests) {

        /** The speaker's time left (or over) as the screen shows it, "07:32"; null without a limit. */
        public String timeLeft() {
            return secondsLeft == null ? null : CongressFloor.minutesAndSeconds(secondsLeft);
        }
    }

    /** A guest of the congress, with the title it introduces her by (or null). */
    public record Guest(String fullName, String title) {}

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
        AttendanceFigures figures = details.figures();
        Count count = present > 0
                ? Count.CHECKING_IN
                : details.summary().status() == CongressStatus.PREPARATION ? Count.SUMMONED : Count.MINUTES;
        int shown =
                switch (count) {
                    case CHECKING_IN -> present;
                    case SUMMONED -> expected;
                    case MINUTES -> figures.attending();
                };
        int of = count == Count.MINUTES ? figures.summoned() : expected;
        List<Result> results = new ArrayList<>();
        for (ElectionSummary e : details.elections()) {
            elections.details(user, e.id()).rounds().stream()
                    .filter(ElectionResult::counted)
                    .reduce((first, second) -> second)
                    .ifPresent(round ->
                            results.add(new Result(e.id(), e.kind(), e.seats(), e.status(), round, e.elected())));
        }
        CongressFloor.Item onFloor = floor.current(user, id).orElse(null);
        return new Screen(
                details.summary(),
                details.place(),
                count,
                shown,
                of,
                figures,
                sessions.details(user, id).votes(),
                details.resolution(),
                results,
                onFloor,
                onFloor == null ? null : onFloor.secondsLeft(clock.instant()),
                CongressSpeakers.waiting(speakers.list(user, id)).stream()
                        .limit(NEXT_SPEAKERS)
                        .toList(),
                AttendanceCounting.introducedGuests(attendees).stream()
                        .map(a -> new Guest(a.fullName(), a.title()))
                        .toList());
    }
}
