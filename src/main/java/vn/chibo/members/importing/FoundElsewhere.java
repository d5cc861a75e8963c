package vn.chibo.members.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;

/**
 * Existing members outside the importing user's scope that rows of her file repeat: she is told only that they are
 * recorded elsewhere, and the audit log keeps who learned it (the first ones by id, and how many).
 */
final class FoundElsewhere {

    private final List<Long> members = new ArrayList<>();
    private long count;

    void add(long member) {
        count++;
        if (members.size() < MemberImporter.MAX_ERRORS_LISTED) {
            members.add(member);
        }
    }

    /** Records the finds in a transaction of their own, whether the import was written, rolled back or a dry run. */
    void audit(AuditTrail audit, CurrentUser user, boolean dryRun, OrganizationId organization, String fileName) {
        if (count == 0) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("during", dryRun ? "import-dry-run" : "import");
        details.put("organization", organization.value());
        details.put("file", fileName);
        details.put("count", count);
        details.put("members", List.copyOf(members));
        audit.recordIndependently(user, "member.duplicate.elsewhere", "Member", null, details);
    }
}
