package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/**
 * A member's record was created with her admission (kết nạp): the meetings module links the branch's admission votes
 * on her, taken while she was a candidate, to her history. Published inside the creating transaction.
 */
public record MemberAdmitted(
        MemberId member, OrganizationId organization, String fullName, LocalDate admissionDate, CurrentUser by) {}
