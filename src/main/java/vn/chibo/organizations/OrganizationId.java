package vn.chibo.organizations;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a Party organization. */
public record OrganizationId(@JsonValue long value) {

    public static OrganizationId of(long value) {
        return new OrganizationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
