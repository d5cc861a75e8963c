package vn.chibo.members.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.members.Arrival;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/** The form for a new member's record (the main fields; the rest are added later). */
class MemberForm {

    private Long organizationId;
    private String fullName;
    private Gender gender;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private String birthPlace;
    private String homeTown;
    private String permanentResidence;
    private String ethnicity = "Kinh";
    private String religion;
    private String citizenId;
    private PoliticalTheoryLevel theoryLevel = PoliticalTheoryLevel.NONE;
    private String job;
    private String position;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admissionDate;

    private String admissionNumber;
    private String admissionSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ceremonyDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate officialDate;

    private String biographyNumber;
    private String cardNumber;

    MemberDraft toDraft() {
        return new MemberDraft(
                organizationId == null ? null : OrganizationId.of(organizationId),
                fullName,
                null,
                null,
                gender,
                birthDate,
                birthPlace,
                homeTown,
                null,
                permanentResidence,
                null,
                ethnicity,
                religion,
                citizenId,
                null,
                null,
                null,
                null,
                theoryLevel,
                null,
                null,
                null,
                job,
                position,
                true,
                null,
                null,
                admissionDate,
                new DecisionReference(admissionNumber, admissionSymbol, admissionDate),
                ceremonyDate,
                null,
                officialDate,
                biographyNumber,
                cardNumber);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long v) {
        organizationId = v;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender v) {
        gender = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String v) {
        birthPlace = v;
    }

    public String getHomeTown() {
        return homeTown;
    }

    public void setHomeTown(String v) {
        homeTown = v;
    }

    public String getPermanentResidence() {
        return permanentResidence;
    }

    public void setPermanentResidence(String v) {
        permanentResidence = v;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String v) {
        ethnicity = v;
    }

    public String getReligion() {
        return religion;
    }

    public void setReligion(String v) {
        religion = v;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public void setCitizenId(String v) {
        citizenId = v;
    }

    public PoliticalTheoryLevel getTheoryLevel() {
        return theoryLevel;
    }

    public void setTheoryLevel(PoliticalTheoryLevel v) {
        theoryLevel = v;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String v) {
        job = v;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String v) {
        position = v;
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public void setAdmissionDate(LocalDate v) {
        admissionDate = v;
    }

    public String getAdmissionNumber() {
        return admissionNumber;
    }

    public void setAdmissionNumber(String v) {
        admissionNumber = v;
    }

    public String getAdmissionSymbol() {
        return admissionSymbol;
    }

    public void setAdmissionSymbol(String v) {
        admissionSymbol = v;
    }

    public LocalDate getCeremonyDate() {
        return ceremonyDate;
    }

    public void setCeremonyDate(LocalDate v) {
        ceremonyDate = v;
    }

    public LocalDate getOfficialDate() {
        return officialDate;
    }

    public void setOfficialDate(LocalDate v) {
        officialDate = v;
    }

    public String getBiographyNumber() {
        return biographyNumber;
    }

    public void setBiographyNumber(String v) {
        biographyNumber = v;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String v) {
        cardNumber = v;
    }

    // A member received from a party organization outside ChiBo (optional).
    private String fromOrganization;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrivedOn;

    private String arrivalNumber;
    private String arrivalSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrivalDecisionDate;

    boolean arriving() {
        return fromOrganization != null && !fromOrganization.isBlank();
    }

    Arrival toArrival() {
        return new Arrival(
                fromOrganization, arrivedOn, new DecisionReference(arrivalNumber, arrivalSymbol, arrivalDecisionDate));
    }

    public String getFromOrganization() {
        return fromOrganization;
    }

    public void setFromOrganization(String v) {
        fromOrganization = v;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public void setArrivedOn(LocalDate v) {
        arrivedOn = v;
    }

    public String getArrivalNumber() {
        return arrivalNumber;
    }

    public void setArrivalNumber(String v) {
        arrivalNumber = v;
    }

    public String getArrivalSymbol() {
        return arrivalSymbol;
    }

    public void setArrivalSymbol(String v) {
        arrivalSymbol = v;
    }

    public LocalDate getArrivalDecisionDate() {
        return arrivalDecisionDate;
    }

    public void setArrivalDecisionDate(LocalDate v) {
        arrivalDecisionDate = v;
    }
}
