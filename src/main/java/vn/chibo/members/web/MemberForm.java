package vn.chibo.members.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.members.Arrival;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberParticulars;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * The form for a new member's record: her branch, the particulars asked at creation ({@link MemberFormLayout#CREATE},
 * named {@code particulars.<field>}), her admission and recognition, and where she came from if she arrives from a
 * party organization outside the system.
 */
record MemberForm(
        Long organizationId,
        MemberParticulars particulars,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admissionDate,
        String admissionNumber,
        String admissionSymbol,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ceremonyDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate officialDate,
        String fromOrganization,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivedOn,
        String arrivalNumber,
        String arrivalSymbol,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDecisionDate) {

    /** An empty form for a branch (or none), with the usual defaults chosen. */
    static MemberForm start(Long organizationId) {
        MemberParticulars defaults = MemberParticulars.empty()
                .with(MemberField.ETHNICITY, "Kinh")
                .with(MemberField.THEORY_LEVEL, PoliticalTheoryLevel.NONE);
        return new MemberForm(organizationId, defaults, null, null, null, null, null, null, null, null, null, null);
    }

    MemberDraft toDraft() {
        return new MemberDraft(
                organizationId == null ? null : OrganizationId.of(organizationId),
                particulars == null ? MemberParticulars.empty() : particulars,
                admissionDate,
                new DecisionReference(admissionNumber, admissionSymbol, admissionDate),
                ceremonyDate,
                officialDate);
    }

    boolean arriving() {
        return fromOrganization != null && !fromOrganization.isBlank();
    }

    Arrival toArrival() {
        return new Arrival(
                fromOrganization, arrivedOn, new DecisionReference(arrivalNumber, arrivalSymbol, arrivalDecisionDate));
    }
}
