package vn.chibo.elections;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a congress (or committee conference). */
public record CongressId(@JsonValue long value) {

    public static CongressId of(long value) {
        return new CongressId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
