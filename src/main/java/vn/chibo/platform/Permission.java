package vn.chibo.platform;

/** What a grant lets its holder do inside the granted subtree. */
public enum Permission {
    /** See the organization, its units, terms and committee. */
    ORGANIZATION_VIEW,
    /** Edit the organization's details, units, terms and committee. */
    ORGANIZATION_MANAGE,
    /** Create, move and dissolve organizations below the granted one. */
    ORGANIZATION_STRUCTURE,
    MEMBER_VIEW,
    MEMBER_MANAGE,
    /** See citizen ids, residences and family details unmasked. */
    MEMBER_PERSONAL_DATA,
    /** See the monthly dues collection sheets of branches and their totals (đảng phí). */
    DUES_VIEW,
    /** Record members' dues bases, exemptions, reductions and payments; close a month and correct a closed one. */
    DUES_MANAGE,
    MEETING_VIEW,
    MEETING_RECORD,
    /** See congresses, their elections and results. */
    ELECTION_VIEW,
    /** Convene congresses, record attendance, create elections and lists, count rounds, apply results. */
    ELECTION_MANAGE,
    /** Enter paper ballots (the counting committee's computer entry). */
    ELECTION_COUNT,
    /** See the annual review rounds and quality ratings of members (kiểm điểm, xếp loại chất lượng). */
    REVIEW_VIEW,
    /**
     * Open a review round and record its facts and levels; on the parent of a round's organization, also approve its
     * levels and close it (the level above decides).
     */
    REVIEW_MANAGE,
    /** See the counts of members and organizations of the subtree (never names): the statistics pages and API. */
    STATISTICS_VIEW,
    PORTAL_EDIT,
    PORTAL_PUBLISH,
    AUDIT_VIEW,
    USER_MANAGE
}
