package vn.chibo.organizations;

import java.time.LocalDate;
import vn.chibo.platform.DecisionReference;

/** What a user enters to create or edit an organization. */
public record OrganizationDraft(
        String name,
        String shortName,
        OrganizationType type,
        String place,
        String address,
        String phone,
        String email,
        LocalDate foundedOn,
        DecisionReference founding) {}
