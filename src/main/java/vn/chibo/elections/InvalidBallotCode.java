package vn.chibo.elections;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a ballot is invalid (phiếu không hợp lệ), as the counting committee records it. The first four are in the text of
 * QĐ 244-QĐ/TW Điều 17 and QĐ 190-QĐ/TW Điều 30 as quoted by our sources; the last two are from memory and unverified,
 * and the pages say so.
 */
public enum InvalidBallotCode {
    /** Not a ballot the counting committee issued. */
    NOT_ISSUED(EnumSet.allOf(BallotForm.class), false),
    /** More names kept than seats. */
    TOO_MANY_KEPT(EnumSet.of(BallotForm.CROSSING_OUT), false),
    /** Every name crossed out: a vote for nobody. */
    ALL_CROSSED_OUT(EnumSet.of(BallotForm.CROSSING_OUT), false),
    /** A single-name ballot with both boxes marked, or neither. */
    SINGLE_BOTH_OR_NEITHER(EnumSet.of(BallotForm.SINGLE_NAME), false),
    /** A name written in from outside the list. */
    NAME_ADDED(EnumSet.allOf(BallotForm.class), true),
    /** The voter's signature or another mark that identifies the ballot. */
    DISTINGUISHING_MARK(EnumSet.allOf(BallotForm.class), true);

    private final Set<BallotForm> forms;
    private final boolean fromMemory;

    InvalidBallotCode(Set<BallotForm> forms, boolean fromMemory) {
        this.forms = forms;
        this.fromMemory = fromMemory;
    }

    /** Whether a ballot of this form can be invalid for this reason. */
    public boolean appliesTo(BallotForm form) {
        return forms.contains(form);
    }

    /** Whether the reason comes from memory rather than from a text our sources quote. */
    public boolean fromMemory() {
        return fromMemory;
    }
}
