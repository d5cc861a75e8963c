package vn.chibo.dues;

/** Why an exemption or reduction was granted (QĐ 01-QĐ/TW: poor or near-poor households, serious illness). */
public enum ReliefReason {
    POOR_HOUSEHOLD,
    NEAR_POOR_HOUSEHOLD,
    SERIOUS_ILLNESS,
    OTHER;

    public String messageKey() {
        return "dues.reliefReason." + name();
    }
}
