package vn.chibo.members;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The votes a branch took on a member's admission, recognition or removal, in her history: the meetings module records those
 * taken at a meeting, the life cycle those entered with a recognition.
 */
@Service
public class MembershipVotes {

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;
    private final MemberAccess access;
    private final AuditTrail audit;

    MembershipVotes(JdbcClient jdbc, OrganizationAccess organizations, MemberAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Records in the member's history the vote a branch took on her admission, recognition or removal at a meeting (or corrects
     * it when the meeting's figures change: one entry per decision). The caller records the meeting: it needs
     * MEETING_RECORD on the branch, and the member must be on that branch's list.
     */
    @Transactional
    public void record(CurrentUser user, MemberId id, MembershipVote vote) {
        long orgId = access.organizationOf(id);
        organizations.require(user, vote.organizationId(), Permission.MEETING_RECORD);
        if (orgId != vote.organizationId().value()) {
            throw new InvalidInputException("memberId", "member.vote.otherOrganization");
        }
        if (vote.kind() == null || vote.votedOn() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        jdbc.sql(
                        """
                        INSERT INTO members.membership_vote (member_id, kind, organization_id, voted_on, meeting_id,
                            decision_id, agree, disagree, abstain, denominator, votes_needed, passed, recorded_by)
                        VALUES (:m, :kind, :org, :on, :meeting, :decision, :a, :d, :ab, :den, :needed, :passed, :by)
                        ON CONFLICT (decision_id) DO UPDATE SET member_id = excluded.member_id, kind = excluded.kind,
                            voted_on = excluded.voted_on, agree = excluded.agree, disagree = excluded.disagree,
                            abstain = excluded.abstain, denominator = excluded.denominator,
                            votes_needed = excluded.votes_needed, passed = excluded.passed,
                            recorded_by = excluded.recorded_by, recorded_at = now()
                        """)
                .param("m", id.value())
                .param("kind", vote.kind().name())
                .param("org", vote.organizationId().value())
                .param("on", vote.votedOn())
                .param("meeting", vote.meetingId())
                .param("decision", vote.decisionId())
                .param("a", vote.agree())
                .param("d", vote.disagree())
                .param("ab", vote.abstain())
                .param("den", vote.denominator())
                .param("needed", vote.votesNeeded())
                .param("passed", vote.passed())
                .param("by", user.username())
                .update();
        audit.record(user, "member.vote", MemberManagement.ENTITY, id.value(), null, vote);
    }

    /** Takes a meeting's decision out of the member's history when the decision is removed from the meeting. */
    @Transactional
    public void remove(CurrentUser user, long decisionId) {
        jdbc.sql("SELECT member_id, organization_id FROM members.membership_vote WHERE decision_id = :d")
                .param("d", decisionId)
                .query((rs, n) -> {
                    organizations.require(
                            user, OrganizationId.of(rs.getLong("organization_id")), Permission.MEETING_RECORD);
                    return rs.getLong("member_id");
                })
                .optional()
                .ifPresent(member -> {
                    jdbc.sql("DELETE FROM members.membership_vote WHERE decision_id = :d")
                            .param("d", decisionId)
                            .update();
                    audit.record(
                            user,
                            "member.vote.remove",
                            MemberManagement.ENTITY,
                            member,
                            Map.of("decision", decisionId),
                            null);
                });
    }
}
