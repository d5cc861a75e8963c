package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.Position;
import vn.chibo.platform.DecisionReference;

/** The add and edit form of a committee seat, and the end of a seat (only {@code toDate}). */
class SeatForm {

    private String fullName;
    private Position position;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    private String decisionNumber;
    private String decisionSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    static SeatForm of(CommitteeSeat seat) {
        SeatForm form = new SeatForm();
        form.fullName = seat.fullName();
        form.position = seat.position();
        form.fromDate = seat.fromDate();
        form.toDate = seat.toDate();
        form.decisionNumber = seat.decision().number();
        form.decisionSymbol = seat.decision().symbol();
        form.decisionDate = seat.decision().date();
        return form;
    }

    DecisionReference decision() {
        return new DecisionReference(decisionNumber, decisionSymbol, decisionDate);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
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
