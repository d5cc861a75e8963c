package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.platform.DecisionReference;

/**
 * The three inputs of a decision's reference (number, symbol, date) that the organization, seat, move and dissolve
 * forms carry, shown by the {@code organizations/decision :: fields} fragment. The forms extend it rather than embed
 * it so that the request parameters stay flat ({@code decisionNumber}, …): the names the module's validation errors,
 * the message bundles' field labels and the JSON API already use.
 */
abstract class DecisionFields {

    private String decisionNumber;
    private String decisionSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    DecisionReference decision() {
        return new DecisionReference(decisionNumber, decisionSymbol, decisionDate);
    }

    void fillDecision(DecisionReference decision) {
        decisionNumber = decision.number();
        decisionSymbol = decision.symbol();
        decisionDate = decision.date();
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getDecisionSymbol() {
        return decisionSymbol;
    }

    public void setDecisionSymbol(String decisionSymbol) {
        this.decisionSymbol = decisionSymbol;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }
}
