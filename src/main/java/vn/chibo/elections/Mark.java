package vn.chibo.elections;

/** What a voter marked beside one name of an agree/disagree ballot. */
public enum Mark {
    AGREE,
    DISAGREE,
    BOTH,
    NONE
}
