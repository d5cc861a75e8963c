package vn.chibo.admissions;

import java.time.LocalDate;
import vn.chibo.members.Gender;
import vn.chibo.organizations.OrganizationId;

/**
 * A person a branch starts to follow for admission, once she has the awareness course's certificate.
 *
 * @param unitStaff whether she is on the staff of the branch's education unit (the members' share of staff)
 */
public record NewAdmission(
        OrganizationId organizationId,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        String job,
        boolean unitStaff,
        LocalDate awarenessCourseOn) {}
