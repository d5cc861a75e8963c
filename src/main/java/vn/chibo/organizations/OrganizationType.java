package vn.chibo.organizations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of Party organization and where each may sit in the tree. */
public enum OrganizationType {
    PROVINCIAL_COMMITTEE,
    /** Đảng bộ cấp huyện: abolished by the 2025 reorganization (QĐ 294-QĐ/TW), kept for history. */
    DISTRICT_COMMITTEE,
    COMMUNE_COMMITTEE,
    GRASSROOTS_COMMITTEE,
    SUB_COMMITTEE,
    GRASSROOTS_BRANCH,
    BRANCH,
    CELL;

    /** QĐ 294-QĐ/TW: from 01/7/2025 the Party is organized at commune, province and centre only. */
    public static final LocalDate DISTRICT_LEVEL_ABOLISHED = LocalDate.of(2025, 7, 1);

    /** Whether an organization of this type may sit directly under one of {@code parent}'s type. */
    public boolean mayBeUnder(OrganizationType parent) {
        return allowedParents().contains(parent);
    }

    /** Whether this type may be a root of the tree (ChiBo may serve only part of the Party). */
    public boolean mayBeRoot() {
        return this != CELL && this != SUB_COMMITTEE && this != BRANCH;
    }

    /** Whether organizations of this type contain subordinate organizations (đảng bộ) rather than members. */
    public boolean isCommittee() {
        return this == PROVINCIAL_COMMITTEE
                || this == DISTRICT_COMMITTEE
                || this == COMMUNE_COMMITTEE
                || this == GRASSROOTS_COMMITTEE
                || this == SUB_COMMITTEE;
    }

    public boolean isBranch() {
        return this == GRASSROOTS_BRANCH || this == BRANCH;
    }

    /** Whether a new organization of this type may come into being on the date. */
    public boolean mayBeFoundedOn(LocalDate date) {
        return this != DISTRICT_COMMITTEE || date == null || date.isBefore(DISTRICT_LEVEL_ABOLISHED);
    }

    private Set<OrganizationType> allowedParents() {
        return switch (this) {
            case PROVINCIAL_COMMITTEE -> EnumSet.noneOf(OrganizationType.class);
            case DISTRICT_COMMITTEE, COMMUNE_COMMITTEE -> EnumSet.of(PROVINCIAL_COMMITTEE, DISTRICT_COMMITTEE);
            case GRASSROOTS_COMMITTEE, GRASSROOTS_BRANCH ->
                EnumSet.of(PROVINCIAL_COMMITTEE, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE);
            case SUB_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE);
            case BRANCH -> EnumSet.of(GRASSROOTS_COMMITTEE, SUB_COMMITTEE);
            case CELL -> EnumSet.of(GRASSROOTS_BRANCH, BRANCH);
        };
    }
}
