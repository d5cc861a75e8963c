package vn.chibo.organizations;

import java.time.LocalDate;

/** An education unit attached to an organization, with its staff (cán bộ, giáo viên, nhân viên). */
public record UnitDetails(
        long id,
        String name,
        UnitKind kind,
        String address,
        int managers,
        int teachers,
        int employees,
        LocalDate staffAsOf) {

    /** All staff, the denominator of the member-to-staff ratio. */
    public int staff() {
        return managers + teachers + employees;
    }
}
