package vn.chibo.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionColumns;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The terms (nhiệm kỳ) of an organization and the seats of its committee in each term: who held which position from
 * when to when, by which decision. The terms of one organization never overlap; a term has one secretary at a time.
 */
@Service
public class OrganizationTerms {

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganizationTerms(JdbcClient jdbc, OrganizationAccess access, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** The term of the organization that covers the date, if any. */
    @Transactional(readOnly = true)
    public Optional<TermDetails> termOn(CurrentUser user, OrganizationId id, LocalDate date) {
        access.require(user, id, Permission.ORGANIZATION_VIEW);
        return terms(id).stream().filter(t -> t.covers(date)).findFirst();
    }

    /**
     * The seats of the organization's committee held on the date, in the term that covers it: secretary first, then the
     * deputies, the standing members and the members.
     */
    @Transactional(readOnly = true)
    public List<CommitteeSeat> committeeOn(CurrentUser user, OrganizationId id, LocalDate date) {
        return termOn(user, id, date)
                .map(t -> t.committee().stream()
                        .filter(seat -> seat.activeOn(date))
                        .toList())
                .orElse(List.of());
    }

    /** Opens a term (nhiệm kỳ) of the organization; the terms of one organization never overlap. */
    @Transactional
    public long addTerm(CurrentUser user, OrganizationId id, String name, LocalDate startsOn, LocalDate endsOn) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        checkTerm(id, 0, name, startsOn, endsOn);
        long termId = jdbc.sql(
                        """
                        INSERT INTO organizations.term (organization_id, name, starts_on, ends_on)
                        VALUES (:org, :name, :s, :e) RETURNING id
                        """)
                .param("org", id.value())
                .param("name", name.strip())
                .param("s", startsOn)
                .param("e", endsOn)
                .query(Long.class)
                .single();
        audit.record(user, "term.create", "Term", termId, null, termValue(id, name.strip(), startsOn, endsOn));
        return termId;
    }

    /**
     * Corrects a term's name and dates. The term may not come to overlap another one, every seat of its committee must
     * still start within it, and every document numbered under it must still be dated within it.
     */
    @Transactional
    public void updateTerm(
            CurrentUser user, OrganizationId id, long termId, String name, LocalDate startsOn, LocalDate endsOn) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        TermDetails before = term(id, termId);
        checkTerm(id, termId, name, startsOn, endsOn);
        OrganizationRules.checkSeatsWithin(before.committee(), startsOn, endsOn);
        jdbc.sql(
                        """
                        UPDATE organizations.term SET name = :name, starts_on = :s, ends_on = :e
                        WHERE id = :term AND organization_id = :org
                        """)
                .param("name", name.strip())
                .param("s", startsOn)
                .param("e", endsOn)
                .param("term", termId)
                .param("org", id.value())
                .update();
        TermDetails after = term(id, termId);
        // Documents numbered under the term must still fall within it; their module refuses otherwise.
        events.publishEvent(new TermDatesCorrected(id, after));
        audit.record(
                user,
                "term.update",
                "Term",
                termId,
                termValue(id, before.name(), before.startsOn(), before.endsOn()),
                termValue(id, after.name(), after.startsOn(), after.endsOn()));
    }

    private void checkTerm(OrganizationId id, long termId, String name, LocalDate startsOn, LocalDate endsOn) {
        OrganizationRules.checkTerm(name, startsOn, endsOn);
        long overlapping = jdbc.sql(
                        """
                        SELECT count(*) FROM organizations.term WHERE organization_id = :org AND id <> :term
                        AND daterange(starts_on, ends_on) && daterange(:s, :e)
                        """)
                .param("org", id.value())
                .param("term", termId)
                .param("s", startsOn)
                .param("e", endsOn)
                .query(Long.class)
                .single();
        if (overlapping > 0) {
            throw new InvalidInputException("startsOn", "term.overlap");
        }
    }

    private static Map<String, Object> termValue(OrganizationId id, String name, LocalDate startsOn, LocalDate endsOn) {
        return Map.of("organizationId", id.value(), "name", name, "startsOn", startsOn, "endsOn", endsOn);
    }

    /** Seats someone on a term's committee; a term has at most one secretary at a time. */
    @Transactional
    public long addCommitteeSeat(
            CurrentUser user,
            OrganizationId id,
            long termId,
            String fullName,
            Position position,
            LocalDate from,
            LocalDate to,
            DecisionReference decision) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        TermDetails term = term(id, termId);
        OrganizationRules.checkSeat(term, 0, fullName, position, from, to);
        DecisionReference ref = OrganizationRules.cleanDecision(decision);
        long seatId = jdbc.sql(
                        """
                        INSERT INTO organizations.committee_seat (term_id, full_name, position, from_date, to_date,
                            decision_number, decision_symbol, decision_date)
                        VALUES (:term, :name, :position, :from, :to, :n, :s, :d) RETURNING id
                        """)
                .param("term", termId)
                .params(seatColumns(fullName, position, from, to, ref))
                .query(Long.class)
                .single();
        audit.record(
                user,
                "committee.seat.create",
                "CommitteeSeat",
                seatId,
                null,
                new CommitteeSeat(seatId, fullName.strip(), position, from, to, ref));
        return seatId;
    }

    /** Corrects a committee seat: who held it, the position, the dates and the decision, under the rules of seating. */
    @Transactional
    public void updateCommitteeSeat(
            CurrentUser user,
            OrganizationId id,
            long termId,
            long seatId,
            String fullName,
            Position position,
            LocalDate from,
            LocalDate to,
            DecisionReference decision) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        TermDetails term = term(id, termId);
        CommitteeSeat before = seat(term, seatId);
        OrganizationRules.checkSeat(term, seatId, fullName, position, from, to);
        DecisionReference ref = OrganizationRules.cleanDecision(decision);
        jdbc.sql(
                        """
                        UPDATE organizations.committee_seat SET full_name = :name, position = :position,
                            from_date = :from, to_date = :to, decision_number = :n, decision_symbol = :s,
                            decision_date = :d
                        WHERE id = :seat AND term_id = :term
                        """)
                .params(seatColumns(fullName, position, from, to, ref))
                .param("seat", seatId)
                .param("term", termId)
                .update();
        audit.record(user, "committee.seat.update", "CommitteeSeat", seatId, before, seat(term(id, termId), seatId));
    }

    /** A seat's columns as stored (name, position, from, to, and n, s, d of the decision): the name stripped. */
    private static Map<String, Object> seatColumns(
            String fullName, Position position, LocalDate from, LocalDate to, DecisionReference decision) {
        Map<String, Object> columns = new LinkedHashMap<>(DecisionColumns.parameters(decision));
        columns.put("name", fullName.strip());
        columns.put("position", position.name());
        columns.put("from", from);
        columns.put("to", to);
        return columns;
    }

    /**
     * Records that the holder of a seat left the committee (resigned, moved, replaced): {@code lastDay} is the last day
     * in the seat. A seat that already has an end is corrected with {@link #updateCommitteeSeat} instead.
     */
    @Transactional
    public void endCommitteeSeat(CurrentUser user, OrganizationId id, long termId, long seatId, LocalDate lastDay) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        CommitteeSeat before = seat(term(id, termId), seatId);
        OrganizationRules.checkSeatEnd(before, lastDay);
        jdbc.sql("UPDATE organizations.committee_seat SET to_date = :to WHERE id = :seat AND term_id = :term")
                .param("to", lastDay)
                .param("seat", seatId)
                .param("term", termId)
                .update();
        audit.record(user, "committee.seat.end", "CommitteeSeat", seatId, before, seat(term(id, termId), seatId));
    }

    private TermDetails term(OrganizationId id, long termId) {
        return terms(id).stream()
                .filter(t -> t.id() == termId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Term", termId));
    }

    private static CommitteeSeat seat(TermDetails term, long seatId) {
        return term.seat(seatId).orElseThrow(() -> new NotFoundException("CommitteeSeat", seatId));
    }

    /** The terms of the organization, latest first, each with its committee; without a check of the caller's grants. */
    List<TermDetails> terms(OrganizationId id) {
        Map<Long, List<CommitteeSeat>> seats = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        SELECT s.term_id, s.id, s.full_name, s.position, s.from_date, s.to_date,
                               s.decision_number, s.decision_symbol, s.decision_date
                        FROM organizations.committee_seat s JOIN organizations.term t ON t.id = s.term_id
                        WHERE t.organization_id = :id
                        ORDER BY CASE s.position WHEN 'SECRETARY' THEN 0 WHEN 'DEPUTY_SECRETARY' THEN 1
                                 WHEN 'STANDING_MEMBER' THEN 2 ELSE 3 END, s.from_date, s.full_name COLLATE "vi-x-icu"
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    seats.computeIfAbsent(rs.getLong("term_id"), k -> new ArrayList<>())
                            .add(new CommitteeSeat(
                                    rs.getLong("id"),
                                    rs.getString("full_name"),
                                    Position.valueOf(rs.getString("position")),
                                    rs.getObject("from_date", LocalDate.class),
                                    rs.getObject("to_date", LocalDate.class),
                                    DecisionColumns.read(rs, "decision")));
                    return null;
                })
                .list();
        return jdbc.sql(
                        """
                        SELECT id, name, starts_on, ends_on FROM organizations.term
                        WHERE organization_id = :id ORDER BY starts_on DESC
                        """)
                .param("id", id.value())
                .query((rs, n) -> new TermDetails(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        List.copyOf(seats.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
