package vn.chibo.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a review round. */
public record ReviewRoundId(@JsonValue long value) {

    public static ReviewRoundId of(long value) {
        return new ReviewRoundId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
