package vn.chibo.elections;

/**
 * One show of hands at the preparatory session: on a body, the agenda, the working rules or the credentials report;
 * adopted with more than half of the legal denominator in favour.
 */
public record SessionVote(Item item, int agree, int disagree, int denominator, boolean adopted) {

    /** What the congress votes on at its preparatory session. */
    public enum Item {
        PRESIDIUM,
        SECRETARIAT,
        COUNTING_COMMITTEE,
        CREDENTIALS_COMMITTEE,
        AGENDA,
        WORKING_RULES,
        CREDENTIALS_REPORT
    }

    /** Agree and disagree by show of hands. */
    public record Hands(int agree, int disagree) {}
}
