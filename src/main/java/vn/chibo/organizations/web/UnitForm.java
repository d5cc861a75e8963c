package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.organizations.UnitDetails;
import vn.chibo.organizations.UnitDraft;
import vn.chibo.organizations.UnitKind;

/** The add and edit form of an education unit attached to an organization. */
class UnitForm {

    private String name;
    private UnitKind kind;
    private String address;
    private Integer managers;
    private Integer teachers;
    private Integer employees;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate staffAsOf;

    static UnitForm of(UnitDetails unit) {
        UnitForm form = new UnitForm();
        form.name = unit.name();
        form.kind = unit.kind();
        form.address = unit.address();
        form.managers = unit.managers();
        form.teachers = unit.teachers();
        form.employees = unit.employees();
        form.staffAsOf = unit.staffAsOf();
        return form;
    }

    UnitDraft toDraft() {
        return new UnitDraft(name, kind, address, managers, teachers, employees, staffAsOf);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getManagers() {
        return managers;
    }

    public void setManagers(Integer managers) {
        this.managers = managers;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public void setTeachers(Integer teachers) {
        this.teachers = teachers;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public LocalDate getStaffAsOf() {
        return staffAsOf;
    }

    public void setStaffAsOf(LocalDate staffAsOf) {
        this.staffAsOf = staffAsOf;
    }
}
