package vn.chibo.dues;

import vn.chibo.organizations.OrganizationType;

/**
 * The kinds of organization QĐ 342-QĐ/TW gives a share of the dues to keep (party-rules.md §5.2); the rest is sent to
 * the level above.
 */
public enum RetentionLevel {
    /** Chi bộ trực thuộc đảng ủy cơ sở: keeps 30–50% of what it collects, as the grassroots committee decides. */
    BRANCH_UNDER_GRASSROOTS,
    /** Tổ chức cơ sở đảng ở xã, phường, thị trấn: keeps 90%. */
    COMMUNE_GRASSROOTS,
    /** Other grassroots organizations (a school's, an agency's): keep 70% of the dues collected in them. */
    OTHER_GRASSROOTS,
    /** Each level above the grassroots: keeps 50%. */
    ABOVE_GRASSROOTS;

    public String messageKey() {
        return "dues.retentionLevel." + name();
    }

    /**
     * The level of an organization of the type, null when QĐ 342's table names none (a đảng bộ bộ phận, a party
     * cell). ChiBo's tree does not tell a commune's own grassroots organization from the others, so no type maps to
     * {@link #COMMUNE_GRASSROOTS}; a commune committee sits above grassroots organizations in the tree since the 2025
     * reorganization and is taken as a level above them.
     */
    public static RetentionLevel of(OrganizationType type) {
        return switch (type) {
            case BRANCH -> BRANCH_UNDER_GRASSROOTS;
            case GRASSROOTS_BRANCH, GRASSROOTS_COMMITTEE -> OTHER_GRASSROOTS;
            case PROVINCIAL_COMMITTEE, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE -> ABOVE_GRASSROOTS;
            case SUB_COMMITTEE, CELL -> null;
        };
    }
}
