package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * The command to record a change in a member's life cycle. A permanent transfer names the destination inside ChiBo
 * ({@code toOrganization}) or outside it ({@code externalOrganization}).
 */
public record RecordMemberEvent(
        MemberEventKind kind,
        LocalDate occurredOn,
        LocalDate until,
        DecisionReference decision,
        OrganizationId toOrganization,
        String externalOrganization,
        String note) {}
