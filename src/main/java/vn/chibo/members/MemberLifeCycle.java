package vn.chibo.members;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * A member's life cycle: admission from outside ChiBo, recognition, exemption, transfers, suspension, exits and
 * readmission, each checked against her history by {@link LifeCycle}, and the probationers whose recognition is due.
 */
@Service
public class MemberLifeCycle {

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final MemberAccess access;
    private final MemberRows rows;
    private final MemberManagement records;
    private final MembershipVotes votes;
    private final AuditTrail audit;

    MemberLifeCycle(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            MemberAccess access,
            MemberRows rows,
            MemberManagement records,
            MembershipVotes votes,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.access = access;
        this.rows = rows;
        this.records = records;
        this.votes = votes;
        this.audit = audit;
    }

    /**
     * Receives a member who transfers in from a party organization outside ChiBo: her record is created as it stood
     * there (admission, recognition), and her history shows the arrival from the sending organization.
     */
    @Transactional
    public MemberId receive(CurrentUser user, MemberDraft draft, Arrival arrival) {
        if (arrival == null) {
            throw new InvalidInputException("fromOrganization", "validation.required");
        }
        String from = arrival.checkedSender(draft.admissionDate(), rows.today());
        MemberId id = records.create(user, draft);
        recordEvent(
                user,
                id,
                new RecordMemberEvent(
                        MemberEventKind.TRANSFERRED_IN,
                        arrival.arrivedOn(),
                        null,
                        arrival.decision() == null ? new DecisionReference(null, null, null) : arrival.decision(),
                        null,
                        from,
                        null));
        return id;
    }

    /**
     * Records a change in the member's life cycle with the branch's vote behind it, both or neither: a recognition needs
     * a passing vote, and one taken at a meeting outside ChiBo is entered here (its figures judged by the rules of its
     * date).
     */
    @Transactional
    public void recordEvent(CurrentUser user, MemberId id, RecordMemberEvent command, BranchVote vote) {
        if (vote != null) {
            MembershipVote.Kind kind = BranchVote.decidedFor(command.kind());
            access.requireManage(user, id);
            votes.record(
                    user, id, vote.toMembershipVote(kind, OrganizationId.of(access.organizationOf(id)), rows.today()));
        }
        recordEvent(user, id, command);
    }

    /**
     * Records a change in the member's life cycle after checking it against her history; the current status follows
     * from the history with the change.
     */
    @Transactional
    public void recordEvent(CurrentUser user, MemberId id, RecordMemberEvent command) {
        long orgId = jdbc.sql("SELECT organization_id FROM members.member WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(MemberManagement.ENTITY, id));
        organizationAccess.require(user, OrganizationId.of(orgId), Permission.MEMBER_MANAGE);
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        LocalDate ceremony = jdbc.sql("SELECT ceremony_date FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        MemberState before = LifeCycle.replay(ceremony, rows.history(id));
        OrganizationId target = null;
        String external = InputText.blankToNull(command.externalOrganization());
        if (command.kind() == MemberEventKind.TRANSFERRED) {
            if (command.toOrganization() == null && external == null) {
                throw new InvalidInputException("toOrganization", "member.transfer.destination");
            }
            if (command.toOrganization() != null) {
                target = command.toOrganization();
                // Into another organization of ChiBo only for who manages members there too (the committee above
                // both): a branch records a transfer out of the system, not into a branch it does not manage.
                if (!user.hasEverywhere(Permission.MEMBER_MANAGE)
                        && !organizationAccess.permissions(user, target).contains(Permission.MEMBER_MANAGE)) {
                    throw new InvalidInputException("toOrganization", "member.transfer.notManaged");
                }
                checkDestination(target, orgId);
                external = null;
            }
        }
        OrganizationId host = null;
        if ((command.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT
                        || command.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT_FOR_STUDY)
                && command.toOrganization() != null) {
            // QĐ 294-QĐ/TW (as QĐ 232 §6.3.2): the host branch lists her at its meetings, without a vote; she stays a
            // member of her own branch.
            host = command.toOrganization();
            checkDestination(host, orgId);
        }
        MemberEvent event = new MemberEvent(
                0,
                command.kind(),
                command.occurredOn(),
                command.until(),
                command.decision(),
                OrganizationId.of(orgId),
                target != null ? target : host,
                null,
                external,
                InputText.blankToNull(command.note()),
                user.username());
        if (command.occurredOn() != null && command.occurredOn().isAfter(rows.today())) {
            throw new InvalidInputException("occurredOn", "member.date.future");
        }
        MemberState after = LifeCycle.apply(before, event);
        if (command.kind() == MemberEventKind.RECOGNIZED
                && command.occurredOn() != null
                && !MembershipVote.recognitionBacked(rows.membershipVotes(id), command.occurredOn())) {
            throw new InvalidInputException("kind", "member.recognition.noPassingVote");
        }
        rows.insertEvent(id.value(), event, user);
        long organization = target == null ? orgId : target.value();
        jdbc.sql(
                        """
                        UPDATE members.member SET status = :status, activity = :activity, days_out = :daysOut,
                            out_since = :outSince, official_date = :official, ceremony_date = :ceremony,
                            organization_id = :org, updated_at = now()
                        WHERE id = :id
                        """)
                .param("status", after.status().name())
                .param("activity", after.activity().name())
                .param("daysOut", after.daysOut())
                .param("outSince", after.outSince())
                .param("official", after.officialDate())
                .param("ceremony", after.ceremonyDate())
                .param("org", organization)
                .param("id", id.value())
                .update();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("event", command.kind());
        change.put("occurredOn", command.occurredOn());
        change.put("status", after.status());
        change.put("activity", after.activity());
        change.put("organization", organization);
        audit.record(
                user,
                "member.event",
                MemberManagement.ENTITY,
                id.value(),
                Map.of("status", before.status(), "activity", before.activity(), "organization", orgId),
                change);
    }

    /** A transfer goes to another organization of ChiBo that still exists. */
    private void checkDestination(OrganizationId destination, long current) {
        if (destination.value() == current) {
            throw new InvalidInputException("toOrganization", "member.transfer.sameOrganization");
        }
        OrganizationSummary summary;
        try {
            // Whether an organization exists and is still open is no secret; the user's own right to move the member
            // there was checked before. The system's reading spares the user's scope for a host branch elsewhere.
            summary = organizations.summary(CurrentUser.system(), destination);
        } catch (NotFoundException e) {
            throw new InvalidInputException("toOrganization", "member.transfer.unknown");
        }
        if (summary.dissolved()) {
            throw new InvalidInputException("toOrganization", "member.transfer.dissolved");
        }
    }

    /** Probationers of the subtree whose recognition is upcoming, due or overdue on {@code asOf}. */
    @Transactional(readOnly = true)
    public List<RecognitionDue> recognitionsDue(CurrentUser user, OrganizationId organization, LocalDate asOf) {
        organizationAccess.require(user, organization, Permission.MEMBER_VIEW);
        Map<Long, String> subtree = rows.subtree(user, organization);
        Map<MemberSummary, LocalDate> resolutions = new LinkedHashMap<>();
        jdbc.sql("SELECT " + MemberRows.SUMMARY_COLUMNS + ","
                        + " (SELECT v.voted_on FROM members.membership_vote v WHERE v.member_id = m.id"
                        + "   AND v.kind = 'RECOGNITION' ORDER BY v.voted_on DESC, v.id DESC LIMIT 1) AS last_vote,"
                        + " (SELECT v.passed FROM members.membership_vote v WHERE v.member_id = m.id"
                        + "   AND v.kind = 'RECOGNITION' ORDER BY v.voted_on DESC, v.id DESC LIMIT 1) AS last_passed"
                        + " FROM members.member m WHERE m.organization_id = ANY(:orgs)"
                        + " AND m.status = 'PROBATIONARY' AND m.ceremony_date IS NOT NULL"
                        + " AND m.ceremony_date <= :by ORDER BY m.ceremony_date, " + MemberRows.ORDER)
                .param("orgs", subtree.keySet().toArray(Long[]::new))
                .param("by", asOf.minusMonths(LifeCycle.PROBATION_MONTHS).plusDays(Recognition.UPCOMING_DAYS))
                .query((rs, n) -> resolutions.put(
                        rows.summary(rs, subtree.get(rs.getLong("organization_id"))),
                        rs.getBoolean("last_passed") ? rs.getObject("last_vote", LocalDate.class) : null))
                .list();
        return resolutions.entrySet().stream()
                .map(e ->
                        new RecognitionDue(e.getKey(), Recognition.of(e.getKey().ceremonyDate(), e.getValue(), asOf)))
                .filter(r -> r.recognition().needsAttention())
                .toList();
    }

    /**
     * The members on the lists of the organization's subtree whose branch's latest removal vote proposed their removal:
     * what the committee above has to decide (a vote that failed, or a member already off the list, is not pending).
     */
    @Transactional(readOnly = true)
    public List<RemovalPending> removalsPending(CurrentUser user, OrganizationId organization) {
        organizationAccess.require(user, organization, Permission.MEMBER_VIEW);
        Map<Long, String> subtree = rows.subtree(user, organization);
        return jdbc.sql("SELECT " + MemberRows.SUMMARY_COLUMNS + ", v.voted_on, v.meeting_id"
                        + " FROM members.member m JOIN LATERAL (SELECT voted_on, passed, meeting_id"
                        + "   FROM members.membership_vote WHERE member_id = m.id AND kind = 'REMOVAL'"
                        + "   ORDER BY voted_on DESC, id DESC LIMIT 1) v ON v.passed"
                        + " WHERE m.organization_id = ANY(:orgs) AND m.status IN ('PROBATIONARY', 'OFFICIAL')"
                        + " ORDER BY v.voted_on, " + MemberRows.ORDER)
                .param("orgs", subtree.keySet().toArray(Long[]::new))
                .query((rs, n) -> new RemovalPending(
                        rows.summary(rs, subtree.get(rs.getLong("organization_id"))),
                        rs.getObject("voted_on", LocalDate.class),
                        rs.getObject("meeting_id", Long.class)))
                .list();
    }
}
