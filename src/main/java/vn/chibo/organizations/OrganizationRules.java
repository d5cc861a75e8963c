package vn.chibo.organizations;

import static vn.chibo.platform.InputText.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.organizations.OrganizationRecords.OrganizationRow;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;

/**
 * The rules of the organization tree, its units, terms and committees that need no database: what a valid draft is,
 * where an organization may stand, when it may move or be dissolved, and how seats sit in a term.
 */
final class OrganizationRules {

    private OrganizationRules() {}

    static boolean isInSubtree(String candidatePath, String rootPath) {
        return candidatePath.equals(rootPath) || candidatePath.startsWith(rootPath + ".");
    }

    static void checkParent(OrganizationType type, OrganizationSummary parent) {
        if (parent.dissolved()) {
            throw new InvalidInputException("parentId", "organization.parent.dissolved");
        }
        if (!type.mayBeUnder(parent.type())) {
            throw new InvalidInputException("type", "organization.type.notUnderParent");
        }
    }

    /** A new organization stands under a live parent of a fitting type and is not founded before it. */
    static void checkNewChild(OrganizationDraft child, OrganizationRow parent) {
        checkParent(child.type(), parent.summary());
        if (child.foundedOn() != null
                && parent.particulars().foundedOn() != null
                && child.foundedOn().isBefore(parent.particulars().foundedOn())) {
            throw new InvalidInputException("foundedOn", "organization.foundedOn.beforeParent");
        }
    }

    /**
     * A move takes effect on a past or present date, by a decision of the committee above (its number at least), to a
     * new live parent of a fitting type that is not inside the moved subtree, after the current link began.
     */
    static void checkMove(
            OrganizationRow row,
            OrganizationRow newParent,
            LocalDate effective,
            LocalDate today,
            DecisionReference decision,
            LocalDate currentLinkFrom) {
        if (effective.isAfter(today)) {
            throw new InvalidInputException("effectiveDate", "organization.move.future");
        }
        // A Party organization changes its superior by a decision of the committee above; the tree keeps it.
        requireDecisionNumber(decision);
        if (row.summary().dissolved()) {
            throw new InvalidInputException("parentId", "organization.dissolved.already");
        }
        if (newParent.summary().id().equals(row.parentId())) {
            throw new InvalidInputException("parentId", "organization.move.sameParent");
        }
        if (isInSubtree(newParent.path(), row.path())) {
            throw new InvalidInputException("parentId", "organization.move.cycle");
        }
        checkParent(row.summary().type(), newParent.summary());
        if (currentLinkFrom != null && !effective.isAfter(currentLinkFrom)) {
            throw new InvalidInputException(
                    "effectiveDate", "organization.move.beforeCurrent", currentLinkFrom.toString());
        }
    }

    /**
     * A dissolution has a date and a decision number, concerns a live organization, and falls after its founding and
     * after its current link began. Whether subordinate organizations remain is checked against the database.
     */
    static void checkDissolution(
            OrganizationRow row, LocalDate on, DecisionReference decision, LocalDate currentLinkFrom) {
        if (on == null) {
            throw new InvalidInputException("dissolvedOn", "validation.required");
        }
        requireDecisionNumber(decision);
        if (row.summary().dissolved()) {
            throw new InvalidInputException("dissolvedOn", "organization.dissolved.already");
        }
        if (row.particulars().foundedOn() != null
                && on.isBefore(row.particulars().foundedOn())) {
            throw new InvalidInputException("dissolvedOn", "organization.dissolvedOn.beforeFounded");
        }
        if (currentLinkFrom != null && !on.isAfter(currentLinkFrom)) {
            throw new InvalidInputException(
                    "dissolvedOn", "organization.move.beforeCurrent", currentLinkFrom.toString());
        }
    }

    private static void requireDecisionNumber(DecisionReference decision) {
        if (decision == null || decision.number() == null || decision.number().isBlank()) {
            throw new InvalidInputException("decisionNumber", "organization.decision.required");
        }
    }

    static OrganizationDraft validate(OrganizationDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (draft.name().strip().length() > 300) {
            throw new InvalidInputException("name", "validation.tooLong", 300);
        }
        if (draft.type() == null) {
            throw new InvalidInputException("type", "validation.required");
        }
        if (!draft.type().mayBeFoundedOn(draft.foundedOn())) {
            throw new InvalidInputException("type", "organization.type.districtAbolished");
        }
        if (draft.email() != null
                && !draft.email().isBlank()
                && !draft.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "validation.email");
        }
        return new OrganizationDraft(
                draft.name().strip(),
                blankToNull(draft.shortName()),
                draft.type(),
                blankToNull(draft.place()),
                blankToNull(draft.address()),
                blankToNull(draft.phone()),
                blankToNull(draft.email()),
                draft.foundedOn(),
                cleanDecision(draft.founding()));
    }

    /** The decision with blank parts as null; an absent decision becomes an empty one. */
    static DecisionReference cleanDecision(DecisionReference decision) {
        return decision == null
                ? new DecisionReference(null, null, null)
                : new DecisionReference(
                        blankToNull(decision.number()), blankToNull(decision.symbol()), decision.date());
    }

    static UnitDraft validate(UnitDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        for (var count : List.of(
                Map.entry("managers", nullToZero(draft.managers())),
                Map.entry("teachers", nullToZero(draft.teachers())),
                Map.entry("employees", nullToZero(draft.employees())))) {
            if (count.getValue() < 0 || count.getValue() > 100_000) {
                throw new InvalidInputException(count.getKey(), "unit.staff.range");
            }
        }
        return new UnitDraft(
                draft.name().strip(),
                draft.kind(),
                blankToNull(draft.address()),
                nullToZero(draft.managers()),
                nullToZero(draft.teachers()),
                nullToZero(draft.employees()),
                draft.staffAsOf());
    }

    /** A term has a name and ends after it starts; that terms of one organization never overlap needs the database. */
    static void checkTerm(String name, LocalDate startsOn, LocalDate endsOn) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (startsOn == null) {
            throw new InvalidInputException("startsOn", "validation.required");
        }
        if (endsOn == null) {
            throw new InvalidInputException("endsOn", "validation.required");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw new InvalidInputException("endsOn", "term.endsOn.beforeStart");
        }
    }

    /** Corrected term dates must still hold the start of every seat of its committee. */
    static void checkSeatsWithin(List<CommitteeSeat> committee, LocalDate startsOn, LocalDate endsOn) {
        for (CommitteeSeat seat : committee) {
            if (seat.fromDate().isBefore(startsOn)) {
                throw new InvalidInputException(
                        "startsOn",
                        "term.seatOutside",
                        seat.fullName(),
                        seat.fromDate().toString());
            }
            if (!seat.fromDate().isBefore(endsOn)) {
                throw new InvalidInputException(
                        "endsOn",
                        "term.seatOutside",
                        seat.fullName(),
                        seat.fromDate().toString());
            }
        }
    }

    /** The rules of a seat; {@code seatId} is the seat being corrected (0 for a new one), which cannot clash with itself. */
    static void checkSeat(
            TermDetails term, long seatId, String fullName, Position position, LocalDate from, LocalDate to) {
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        if (fullName.strip().length() > 200) {
            throw new InvalidInputException("fullName", "validation.tooLong", 200);
        }
        if (position == null) {
            throw new InvalidInputException("position", "validation.required");
        }
        if (from == null) {
            throw new InvalidInputException("fromDate", "validation.required");
        }
        if (from.isBefore(term.startsOn()) || !from.isBefore(term.endsOn())) {
            throw new InvalidInputException("fromDate", "committee.fromDate.outsideTerm");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("toDate", "committee.toDate.beforeFrom");
        }
        if (position == Position.SECRETARY) {
            boolean clash = term.committee().stream()
                    .filter(s -> s.id() != seatId && s.position() == Position.SECRETARY)
                    .anyMatch(s -> overlaps(s.fromDate(), s.toDate(), from, to));
            if (clash) {
                throw new InvalidInputException("position", "committee.secretary.taken");
            }
        }
    }

    /** A seat that already ended is corrected, not ended again; its last day is not before its first. */
    static void checkSeatEnd(CommitteeSeat seat, LocalDate lastDay) {
        if (lastDay == null) {
            throw new InvalidInputException("toDate", "validation.required");
        }
        if (seat.toDate() != null) {
            throw new InvalidInputException(
                    "toDate", "committee.seat.alreadyEnded", seat.toDate().toString());
        }
        if (lastDay.isBefore(seat.fromDate())) {
            throw new InvalidInputException("toDate", "committee.toDate.beforeFrom");
        }
    }

    /** Two periods with inclusive ends, open when the end is null. */
    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !aTo.isBefore(bFrom)) && (bTo == null || !bTo.isBefore(aFrom));
    }

    /** HD 36-HD/VPTW abbreviation of the issuing body in document symbols, when the organization has no short name. */
    static String defaultCode(OrganizationType type) {
        return switch (type) {
            case PROVINCIAL_COMMITTEE -> "TU";
            case DISTRICT_COMMITTEE -> "HU";
            case COMMUNE_COMMITTEE, GRASSROOTS_COMMITTEE -> "ĐU";
            case SUB_COMMITTEE -> "ĐUBP";
            case GRASSROOTS_BRANCH, BRANCH -> "CB";
            case CELL -> "TĐ";
        };
    }

    /** The visible organizations as a forest: children under visible parents, the rest as roots, in the given order. */
    static List<OrganizationNode> buildForest(List<OrganizationSummary> rows) {
        Map<OrganizationId, List<OrganizationNode>> childrenOf = new LinkedHashMap<>();
        Map<OrganizationId, OrganizationNode> nodes = new LinkedHashMap<>();
        for (OrganizationSummary row : rows) {
            OrganizationNode node = new OrganizationNode(row, new ArrayList<>());
            nodes.put(row.id(), node);
            childrenOf.put(row.id(), node.children());
        }
        List<OrganizationNode> roots = new ArrayList<>();
        for (OrganizationNode node : nodes.values()) {
            OrganizationId parent = node.organization().parentId();
            if (parent != null && childrenOf.containsKey(parent)) {
                childrenOf.get(parent).add(node);
            } else {
                roots.add(node);
            }
        }
        return roots;
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
