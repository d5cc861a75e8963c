package vn.chibo.organizations;

import java.time.LocalDate;

/** An education unit's staff as counted on a day: managers (cán bộ quản lý), teachers and employees. */
public record StaffCount(LocalDate asOf, int managers, int teachers, int employees) {

    /** All staff, the denominator of the member-to-staff ratio. */
    public int staff() {
        return managers + teachers + employees;
    }
}
