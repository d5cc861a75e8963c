package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;

/** Where a member received from outside ChiBo comes from: the sending organization, the date and the decision. */
public record Arrival(String fromOrganization, LocalDate arrivedOn, DecisionReference decision) {

    /**
     * The sending organization's name, once the arrival is checked: it is named, the day has come, and she was admitted
     * by then.
     */
    String checkedSender(LocalDate admissionDate, LocalDate today) {
        String from = InputText.blankToNull(fromOrganization);
        if (from == null) {
            throw new InvalidInputException("fromOrganization", "validation.required");
        }
        if (from.length() > 300) {
            throw new InvalidInputException("fromOrganization", "validation.tooLong", 300);
        }
        if (arrivedOn == null) {
            throw new InvalidInputException("arrivedOn", "validation.required");
        }
        if (arrivedOn.isAfter(today)) {
            throw new InvalidInputException("arrivedOn", "member.date.future");
        }
        if (admissionDate != null && arrivedOn.isBefore(admissionDate)) {
            throw new InvalidInputException("arrivedOn", "member.arrival.beforeAdmission");
        }
        return from;
    }
}
