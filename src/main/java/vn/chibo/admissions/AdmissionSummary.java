package vn.chibo.admissions;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** An admission as the list shows it: whom, which branch, the next step and its deadline, and whether it is late. */
public record AdmissionSummary(
        long id,
        OrganizationId organizationId,
        String organizationName,
        String fullName,
        AdmissionStatus status,
        AdmissionStep nextStep,
        LocalDate due,
        boolean overdue,
        int warnings) {}
