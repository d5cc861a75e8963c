package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/** One entry of a member's history. */
public record MemberEvent(
        long id,
        MemberEventKind kind,
        LocalDate occurredOn,
        LocalDate until,
        DecisionReference decision,
        OrganizationId fromOrganization,
        OrganizationId toOrganization,
        String toOrganizationName,
        String externalOrganization,
        String note,
        String recordedBy) {

    /** The part of an event the life-cycle rules look at. */
    public static MemberEvent of(MemberEventKind kind, LocalDate occurredOn) {
        return new MemberEvent(0, kind, occurredOn, null, null, null, null, null, null, null, null);
    }

    /** The admission with its decision, as a record that stores it only on itself shows it first in its history. */
    public static MemberEvent admitted(LocalDate occurredOn, DecisionReference decision) {
        return new MemberEvent(
                0, MemberEventKind.ADMITTED, occurredOn, null, decision, null, null, null, null, null, null);
    }

    public MemberEvent until(LocalDate date) {
        return new MemberEvent(
                id,
                kind,
                occurredOn,
                date,
                decision,
                fromOrganization,
                toOrganization,
                toOrganizationName,
                externalOrganization,
                note,
                recordedBy);
    }

    /** A permanent transfer to an organization outside ChiBo. */
    public boolean leavesChibo() {
        return kind == MemberEventKind.TRANSFERRED && toOrganization == null;
    }
}
