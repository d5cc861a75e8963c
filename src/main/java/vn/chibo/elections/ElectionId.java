package vn.chibo.elections;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of an election. */
public record ElectionId(@JsonValue long value) {

    public static ElectionId of(long value) {
        return new ElectionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
