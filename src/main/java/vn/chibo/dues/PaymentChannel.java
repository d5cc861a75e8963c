package vn.chibo.dues;

/** How a member paid: in cash to the branch, or on the national public-service portal (Cổng Dịch vụ công Quốc gia). */
public enum PaymentChannel {
    CASH,
    PORTAL;

    public String messageKey() {
        return "dues.channel." + name();
    }
}
