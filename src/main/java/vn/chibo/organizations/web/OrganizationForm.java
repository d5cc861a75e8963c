package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationParticulars;
import vn.chibo.organizations.OrganizationType;

/** The create and edit form of an organization. */
class OrganizationForm extends DecisionFields {

    private Long parentId;
    private String name;
    private String shortName;
    private OrganizationType type;
    private String place;
    private String address;
    private String phone;
    private String email;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;

    static OrganizationForm of(OrganizationDetails details) {
        OrganizationForm form = new OrganizationForm();
        OrganizationParticulars particulars = details.particulars();
        form.parentId = details.summary().parentId() == null
                ? null
                : details.summary().parentId().value();
        form.name = details.summary().name();
        form.shortName = particulars.shortName();
        form.type = details.summary().type();
        form.place = particulars.place();
        form.address = particulars.address();
        form.phone = particulars.phone();
        form.email = particulars.email();
        form.foundedOn = particulars.foundedOn();
        form.fillDecision(particulars.founding());
        return form;
    }

    OrganizationDraft toDraft() {
        return new OrganizationDraft(name, shortName, type, place, address, phone, email, foundedOn, decision());
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }
}
