package vn.chibo.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of an organization's rating for a year. */
public record OrganizationRatingId(@JsonValue long value) {

    public static OrganizationRatingId of(long value) {
        return new OrganizationRatingId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
