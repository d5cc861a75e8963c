package vn.chibo.elections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chibo.elections.rules.CongressDenominator;
import vn.chibo.elections.rules.ElectionRules;

/**
 * Turns a congress's list into the attendance facts the denominator takes, and into the figures of the minutes.
 * Whoever has no attendance recorded is taken as present: the clerk records the absences.
 */
final class AttendanceCounting {

    private AttendanceCounting() {}

    static AttendanceStatus statusOf(Attendee a) {
        return a.status() == null ? AttendanceStatus.PRESENT : a.status();
    }

    static List<CongressDenominator.Fact> facts(List<Attendee> attendees) {
        Set<Long> replaced = attendees.stream()
                .map(Attendee::replacesAttendeeId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<CongressDenominator.Fact> facts = new ArrayList<>();
        for (Attendee a : attendees) {
            if (a.votes()) {
                facts.add(new CongressDenominator.Fact(
                        statusOf(a),
                        a.exempt(),
                        a.temporarilyAway(),
                        a.conveningCommittee(),
                        a.reasonAccepted(),
                        replaced.contains(a.id())));
            }
        }
        return facts;
    }

    /**
     * The guests the congress introduces, in the order entered: those the desk recorded as arrived, once it has recorded
     * any; until then (a congress that does not receive its guests at the desk) every guest on its list.
     */
    static List<Attendee> introducedGuests(List<Attendee> attendees) {
        List<Attendee> guests = attendees.stream()
                .filter(a -> a.standing() == Standing.GUEST)
                .sorted(java.util.Comparator.comparingLong(Attendee::id))
                .toList();
        List<Attendee> arrived = guests.stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .toList();
        return arrived.isEmpty() ? guests : arrived;
    }

    static AttendanceFigures figures(CongressKind kind, List<Attendee> attendees) {
        int summoned = 0, attending = 0, absent = 0, accepted = 0, withoutVote = 0, notSummoned = 0, guests = 0;
        for (Attendee a : attendees) {
            switch (a.standing()) {
                case WITH_VOTE -> {
                    if (a.alternate()) {
                        if (a.replacesAttendeeId() != null) {
                            attending++;
                        } else {
                            withoutVote++;
                        }
                    } else {
                        summoned++;
                        if (statusOf(a) == AttendanceStatus.ABSENT) {
                            absent++;
                            if (a.reasonAccepted()) {
                                accepted++;
                            }
                        } else {
                            attending++;
                        }
                    }
                }
                case WITHOUT_VOTE -> withoutVote++;
                case NOT_SUMMONED -> notSummoned++;
                case GUEST -> {}
            }
        }
        guests = introducedGuests(attendees).size();
        int denominator = CongressDenominator.of(kind, facts(attendees));
        return new AttendanceFigures(
                summoned,
                attending,
                absent,
                accepted,
                withoutVote,
                notSummoned,
                guests,
                denominator,
                CongressDenominator.threshold(denominator));
    }

    /**
     * The alternate who by default takes an absent official delegate's place: one not yet in anyone's place, of the
     * same lower organization or of any (the rule set's {@link ElectionRules.AlternateOrder}), in the order of the
     * alternates' votes.
     */
    static Optional<Attendee> defaultAlternate(
            ElectionRules.AlternateOrder order, Attendee absent, List<Attendee> attendees) {
        return attendees.stream()
                .filter(a -> a.alternate() && a.replacesAttendeeId() == null && a.status() != AttendanceStatus.ABSENT)
                .filter(a -> order == ElectionRules.AlternateOrder.BY_VOTES
                        || (absent.lowerOrganizationId() != null
                                && absent.lowerOrganizationId().equals(a.lowerOrganizationId())))
                .min(Comparator.comparing((Attendee a) -> a.alternateVotes() == null ? 0 : -a.alternateVotes())
                        .thenComparing(Attendee::id));
    }
}
