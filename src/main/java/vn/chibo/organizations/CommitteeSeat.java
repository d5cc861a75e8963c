package vn.chibo.organizations;

import java.time.LocalDate;
import vn.chibo.platform.DecisionReference;

/** Who held which seat on a term's committee, and when. */
public record CommitteeSeat(
        long id, String fullName, Position position, LocalDate fromDate, LocalDate toDate, DecisionReference decision) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(fromDate) && (toDate == null || !date.isAfter(toDate));
    }
}
