package vn.chibo.organizations;

/** The identity of a Party organization. */
public record OrganizationId(long value) {

    public static OrganizationId of(long value) {
        return new OrganizationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
