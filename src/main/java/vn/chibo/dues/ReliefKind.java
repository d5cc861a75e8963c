package vn.chibo.dues;

/** An exemption from dues or a reduction of them, decided on the member's application. */
public enum ReliefKind {
    EXEMPTION,
    REDUCTION;

    public String messageKey() {
        return "dues.reliefKind." + name();
    }
}
