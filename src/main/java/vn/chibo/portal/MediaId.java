package vn.chibo.portal;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a portal media. */
public record MediaId(@JsonValue long value) {

    public static MediaId of(long value) {
        return new MediaId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
