package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.Position;

/** The add and edit form of a committee seat, and the end of a seat (only {@code toDate}). */
class SeatForm extends DecisionFields {

    private String fullName;
    private Position position;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    static SeatForm of(CommitteeSeat seat) {
        SeatForm form = new SeatForm();
        form.fullName = seat.fullName();
        form.position = seat.position();
        form.fromDate = seat.fromDate();
        form.toDate = seat.toDate();
        form.fillDecision(seat.decision());
        return form;
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
}
