package vn.chibo.organizations;

import java.time.LocalDate;
import java.util.List;

/** A term (nhiệm kỳ) of an organization and its committee. */
public record TermDetails(long id, String name, LocalDate startsOn, LocalDate endsOn, List<CommitteeSeat> committee) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && date.isBefore(endsOn);
    }
}
