package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.platform.DecisionReference;

/** The move and dissolve forms: a new parent or none, an effective date and the decision behind it. */
class DecisionForm {

    private Long parentId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;

    private String decisionNumber;
    private String decisionSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    DecisionReference decision() {
        return new DecisionReference(decisionNumber, decisionSymbol, decisionDate);
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
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
