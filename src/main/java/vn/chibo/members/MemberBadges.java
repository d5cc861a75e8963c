package vn.chibo.members;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/** Party badges: who is due one on an award date, and the badges presented. */
@Service
public class MemberBadges {

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;
    private final MemberAccess access;
    private final MemberRows rows;
    private final AuditTrail audit;

    MemberBadges(
            JdbcClient jdbc, OrganizationAccess organizations, MemberAccess access, MemberRows rows, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.rows = rows;
        this.audit = audit;
    }

    /** The badge list for an award date: members of the subtree who reach a badge year then (or may get it early). */
    @Transactional(readOnly = true)
    public List<BadgeCandidate> badgeList(CurrentUser user, OrganizationId organization, LocalDate awardDate) {
        organizations.require(user, organization, Permission.MEMBER_VIEW);
        Map<Long, String> subtree = rows.subtree(user, organization);
        List<BadgeCandidate> result = new ArrayList<>();
        jdbc.sql("SELECT " + MemberRows.SUMMARY_COLUMNS + ", m.seriously_ill,"
                        + " (SELECT max(occurred_on) FROM members.member_event e WHERE e.member_id = m.id"
                        + "   AND e.kind = 'DIED') AS died_on,"
                        + " (SELECT coalesce(max(years), 0) FROM members.badge_award b WHERE b.member_id = m.id)"
                        + "   AS presented"
                        + " FROM members.member m WHERE m.organization_id = ANY(:orgs)"
                        + " AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'DECEASED')"
                        + " AND m.admission_date <= :latest ORDER BY " + MemberRows.ORDER)
                .param("orgs", subtree.keySet().toArray(Long[]::new))
                .param("latest", awardDate.plusYears(2).minusYears(30))
                .query((rs, n) -> {
                    MemberSummary member = rows.summary(rs, subtree.get(rs.getLong("organization_id")));
                    LocalDate died = rs.getObject("died_on", LocalDate.class);
                    PartyBadges.Condition condition =
                            PartyBadges.condition(member.status(), rs.getBoolean("seriously_ill"));
                    int daysOut = rs.getInt("days_out");
                    PartyBadges.dueAt(
                                    member.admissionDate(), daysOut, condition, died, awardDate, rs.getInt("presented"))
                            .ifPresent(years -> {
                                LocalDate milestone = PartyBadges.milestone(member.admissionDate(), daysOut, years);
                                result.add(new BadgeCandidate(
                                        member,
                                        years,
                                        milestone,
                                        milestone.isAfter(awardDate),
                                        milestone.isBefore(awardDate.withDayOfYear(1))));
                            });
                    return member;
                })
                .list();
        return result;
    }

    /**
     * Records that a member received her Party badge, so that she leaves the badge lists of later award dates. The
     * badge must be one she has reached by then, early allowances included (HD 01-HD/TW §18).
     */
    @Transactional
    public void recordBadge(CurrentUser user, MemberId id, int years, LocalDate awardedOn, DecisionReference decision) {
        access.requireManage(user, id);
        if (!PartyBadges.YEARS.contains(years)) {
            throw new InvalidInputException("years", "member.badge.years");
        }
        if (awardedOn == null) {
            throw new InvalidInputException("awardedOn", "validation.required");
        }
        if (awardedOn.isAfter(rows.today())) {
            throw new InvalidInputException("awardedOn", "member.date.future");
        }
        Map<String, Object> row = jdbc.sql("SELECT admission_date, days_out, seriously_ill, status"
                        + " FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query()
                .singleRow();
        LocalDate admission = MemberRows.localDate(row.get("admission_date"));
        int daysOut = ((Number) row.get("days_out")).intValue();
        PartyBadges.Condition condition = PartyBadges.condition(
                MemberStatus.valueOf((String) row.get("status")), Boolean.TRUE.equals(row.get("seriously_ill")));
        if (!PartyBadges.presentable(admission, daysOut, years, condition, awardedOn)) {
            throw new InvalidInputException(
                    "years",
                    "member.badge.notReached",
                    years,
                    VietnameseText.date(PartyBadges.milestone(admission, daysOut, years)));
        }
        long presented = jdbc.sql("SELECT count(*) FROM members.badge_award WHERE member_id = :id AND years = :y")
                .param("id", id.value())
                .param("y", years)
                .query(Long.class)
                .single();
        if (presented > 0) {
            throw new InvalidInputException("years", "member.badge.alreadyPresented", years);
        }
        jdbc.sql(
                        """
                        INSERT INTO members.badge_award (member_id, years, awarded_on, decision_number,
                            decision_symbol, decision_date, recorded_by)
                        VALUES (:m, :y, :on, :n, :s, :d, :by)
                        """)
                .param("m", id.value())
                .param("y", years)
                .param("on", awardedOn)
                .params(DecisionColumns.parameters(decision))
                .param("by", user.username())
                .update();
        audit.record(
                user,
                "member.badge",
                MemberManagement.ENTITY,
                id.value(),
                null,
                Map.of("years", years, "awardedOn", awardedOn));
    }
}
