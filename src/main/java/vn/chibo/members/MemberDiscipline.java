package vn.chibo.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionColumns;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * A member's rewards (khen thưởng) and disciplinary measures (kỷ luật), each with its decision. An expulsion also enters
 * her life cycle.
 */
@Service
public class MemberDiscipline {

    /** What the record's form offers: a reward, then the disciplinary measures. */
    public static final List<String> KINDS = List.of("REWARD", "REPRIMAND", "WARNING", "DISMISSAL", "EXPULSION");

    private static final String REWARD = "REWARD";

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final MemberLifeCycle lifeCycle;
    private final MemberRows rows;
    private final AuditTrail audit;
    private final OrganizationAccess organizations;

    MemberDiscipline(
            JdbcClient jdbc,
            MemberAccess access,
            MemberLifeCycle lifeCycle,
            MemberRows rows,
            AuditTrail audit,
            OrganizationAccess organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.lifeCycle = lifeCycle;
        this.rows = rows;
        this.audit = audit;
    }

    /** Records a reward with its decision. */
    @Transactional
    public void addReward(CurrentUser user, MemberId id, String description, DecisionReference decision) {
        access.requireManage(user, id);
        insert(user, id, REWARD, checkedDescription(description), checkedDecision(decision, rows.today()));
    }

    /**
     * Records a disciplinary measure with its decision. Expulsion also enters the member's life cycle (and is refused,
     * with nothing written, where the life cycle does not allow it).
     */
    @Transactional
    public void addDiscipline(
            CurrentUser user, MemberId id, Discipline kind, String description, DecisionReference decision) {
        access.requireManage(user, id);
        if (kind == null) {
            throw new InvalidInputException("kind", "member.rewardOrDiscipline.kind");
        }
        String text = checkedDescription(description);
        DecisionReference checked = checkedDecision(decision, rows.today());
        String status = jdbc.sql("SELECT status FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
        if (!kind.allowedFor(MemberStatus.valueOf(status))) {
            throw new InvalidInputException("kind", "member.discipline.probationer");
        }
        if (kind == Discipline.EXPULSION) {
            lifeCycle.recordEvent(
                    user,
                    id,
                    new RecordMemberEvent(MemberEventKind.EXPELLED, checked.date(), null, checked, null, null, text));
        }
        insert(user, id, kind.name(), text, checked);
    }

    /**
     * The dates of the disciplinary decisions (not the rewards) against the given members of the organization's list,
     * dated from {@code from} to {@code to} inclusive: what the annual review counts, by the date of the decision. Read
     * with MEMBER_VIEW on the organization; only dates are given, not what the measures were for.
     */
    @Transactional(readOnly = true)
    public Map<MemberId, List<LocalDate>> disciplineDecisions(
            CurrentUser user, OrganizationId organization, Collection<MemberId> members, LocalDate from, LocalDate to) {
        organizations.require(user, organization, Permission.MEMBER_VIEW);
        Map<MemberId, List<LocalDate>> decisions = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return decisions;
        }
        jdbc.sql(
                        """
                        SELECT member_id, decision_date FROM members.distinction
                        WHERE member_id = ANY(:ids) AND kind <> :reward
                          AND decision_date BETWEEN :from AND :to
                        ORDER BY member_id, decision_date, id
                        """)
                .param("ids", members.stream().mapToLong(MemberId::value).toArray())
                .param("reward", REWARD)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    decisions
                            .computeIfAbsent(MemberId.of(rs.getLong(1)), k -> new ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                });
        return decisions;
    }

    /** The description of a reward or a measure: required, at most 1,000 characters. */
    static String checkedDescription(String description) {
        String text = InputText.blankToNull(description);
        if (text == null) {
            throw new InvalidInputException("description", "validation.required");
        }
        if (text.length() > 1000) {
            throw new InvalidInputException("description", "validation.tooLong", 1000);
        }
        return text;
    }

    /** The decision behind a reward or a measure: dated, not in the future, with a number of at most 50 characters. */
    static DecisionReference checkedDecision(DecisionReference decision, LocalDate today) {
        if (decision == null || decision.date() == null) {
            throw new InvalidInputException("decisionDate", "validation.required");
        }
        if (decision.date().isAfter(today)) {
            throw new InvalidInputException("decisionDate", "member.date.future");
        }
        if (decision.number() != null && decision.number().length() > 50) {
            throw new InvalidInputException("decisionNumber", "validation.tooLong", 50);
        }
        return decision;
    }

    private void insert(CurrentUser user, MemberId id, String kind, String text, DecisionReference decision) {
        long entry = jdbc.sql(
                        """
                        INSERT INTO members.distinction (member_id, kind, description, decision_number, decision_symbol,
                            decision_date)
                        VALUES (:member, :kind, :description, :n, :s, :d)
                        RETURNING id
                        """)
                .param("member", id.value())
                .param("kind", kind)
                .param("description", text)
                .params(DecisionColumns.parameters(decision))
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("distinction", entry);
        after.put("kind", kind);
        after.put("description", text);
        after.put("decisionNumber", decision.number());
        after.put("decisionSymbol", decision.symbol());
        after.put("decisionDate", decision.date());
        audit.record(user, "member.distinction.add", MemberManagement.ENTITY, id.value(), null, after);
    }
}
