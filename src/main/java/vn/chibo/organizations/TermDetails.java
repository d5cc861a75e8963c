package vn.chibo.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A term (nhiệm kỳ) of an organization and its committee. */
public record TermDetails(long id, String name, LocalDate startsOn, LocalDate endsOn, List<CommitteeSeat> committee) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && date.isBefore(endsOn);
    }

    /** The seat of this term's committee with the id, if it is one. */
    public Optional<CommitteeSeat> seat(long seatId) {
        return committee.stream().filter(s -> s.id() == seatId).findFirst();
    }
}
