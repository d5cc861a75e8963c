package vn.chibo.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.Map;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * The particulars of a member's record that are edited in place and her unit, with the version of the record they
 * were read from. The branch, the status and the dates of admission, ceremony and recognition are not here: they
 * follow from the history and change only by recording a life-cycle event. Confidential fields are ignored unless the
 * editor may see them. In JSON the particulars are fields of the update itself; a form names them
 * {@code particulars.<field>}.
 */
public record MemberUpdate(Long version, @JsonUnwrapped MemberParticulars particulars, Long unitId) {

    /** The record as it stands, for the edit form. */
    static MemberUpdate of(MemberDetails m, long version) {
        return new MemberUpdate(version, m.particulars(), m.unitId());
    }

    /**
     * The record as it would be with these values, over the stored {@code row}: the branch and the life-cycle fields
     * stay as stored, and so do personal fields unless the editor may see them ({@code personal}).
     */
    MemberDraft toDraft(Map<String, Object> row, boolean personal) {
        MemberParticulars typed = particulars == null ? MemberParticulars.empty() : particulars;
        LocalDate admissionDate = MemberRows.localDate(row.get("admission_date"));
        return new MemberDraft(
                OrganizationId.of(((Number) row.get("organization_id")).longValue()),
                typed.map((field, value) -> field.personal() && !personal ? row.get(field.column()) : value),
                admissionDate,
                new DecisionReference(
                        (String) row.get("admission_number"), (String) row.get("admission_symbol"), admissionDate),
                MemberRows.localDate(row.get("ceremony_date")),
                MemberRows.localDate(row.get("official_date")));
    }
}
