package vn.chibo.organizations.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.DecisionReference;

/** The create and edit form of an organization. */
class OrganizationForm {

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

    private String decisionNumber;
    private String decisionSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    static OrganizationForm of(OrganizationDetails details) {
        OrganizationForm form = new OrganizationForm();
        form.parentId = details.summary().parentId() == null
                ? null
                : details.summary().parentId().value();
        form.name = details.summary().name();
        form.shortName = details.shortName();
        form.type = details.summary().type();
        form.place = details.place();
        form.address = details.address();
        form.phone = details.phone();
        form.email = details.email();
        form.foundedOn = details.foundedOn();
        form.decisionNumber = details.founding().number();
        form.decisionSymbol = details.founding().symbol();
        form.decisionDate = details.founding().date();
        return form;
    }

    OrganizationDraft toDraft() {
        return new OrganizationDraft(
                name,
                shortName,
                type,
                place,
                address,
                phone,
                email,
                foundedOn,
                new DecisionReference(decisionNumber, decisionSymbol, decisionDate));
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

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getDecisionSymbol() {
        return decisionSymbol;
    }

    public void setDecisionSymbol(String decisionSymbol) {
        this.decisionSymbol = decisionSymbol;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }
}
