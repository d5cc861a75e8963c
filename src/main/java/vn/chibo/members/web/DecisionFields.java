package vn.chibo.members.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.platform.DecisionReference;

/** The decision number, symbol and date a member page's forms send, as one {@link DecisionReference}. */
record DecisionFields(
        String decisionNumber,
        String decisionSymbol,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {

    DecisionReference reference() {
        return new DecisionReference(decisionNumber, decisionSymbol, decisionDate);
    }
}
