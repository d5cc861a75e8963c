package vn.chibo.members;

import vn.chibo.organizations.OrganizationId;

/**
 * Filters for a member list: the subtree under {@code organization} (all the caller may see when null), a search text,
 * and optional status, activity, theory level, gender, age band, ethnicity, unit and position. Blank means any; a null
 * status means the members on the list (probationary and official).
 */
public record MemberQuery(
        OrganizationId organization,
        String q,
        MemberStatus status,
        ActivityState activity,
        PoliticalTheoryLevel theoryLevel,
        Gender gender,
        AgeBand ageBand,
        String ethnicity,
        Long unitId,
        String position,
        int page,
        int size) {

    public static final int MAX_SIZE = 200;

    public MemberQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    public static MemberQuery of(OrganizationId organization, String q) {
        return new MemberQuery(organization, q, null, null, null, null, null, null, null, null, 0, 25);
    }

    public MemberQuery withStatus(MemberStatus value) {
        return with(value, page, size);
    }

    public MemberQuery withPage(int value, int pageSize) {
        return with(status, value, pageSize);
    }

    private MemberQuery with(MemberStatus status, int page, int size) {
        return new MemberQuery(
                organization,
                q,
                status,
                activity,
                theoryLevel,
                gender,
                ageBand,
                ethnicity,
                unitId,
                position,
                page,
                size);
    }
}
