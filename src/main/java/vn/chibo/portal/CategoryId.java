package vn.chibo.portal;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a portal category. */
public record CategoryId(@JsonValue long value) {

    public static CategoryId of(long value) {
        return new CategoryId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
