package vn.chibo.members;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a party member's record. */
public record MemberId(@JsonValue long value) {

    public static MemberId of(long value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
