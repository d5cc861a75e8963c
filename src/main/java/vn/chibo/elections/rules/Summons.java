package vn.chibo.elections.rules;

import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberStatus;

/**
 * Who is summoned to a member congress, and how (HD 01-HD/TW 2021 §13.2; HD 04-HD/TW 2024): every official member,
 * the exempt and those on temporary transfer elsewhere included; probationary members attend without a vote; members
 * suspended or prosecuted before the opening, and convening-committee members who retired or moved away before it,
 * are not summoned.
 */
public final class Summons {

    private Summons() {}

    /** How a member on the organization's list stands towards the congress. */
    public enum Standing {
        WITH_VOTE,
        WITHOUT_VOTE,
        NOT_SUMMONED
    }

    public static Standing of(
            MemberStatus status, ActivityState activity, boolean prosecuted, boolean leftConveningCommittee) {
        if (!status.onList()
                || activity == ActivityState.SUSPENDED
                || activity == ActivityState.PROSECUTED
                || prosecuted
                || leftConveningCommittee) {
            return Standing.NOT_SUMMONED;
        }
        return status == MemberStatus.OFFICIAL ? Standing.WITH_VOTE : Standing.WITHOUT_VOTE;
    }
}
