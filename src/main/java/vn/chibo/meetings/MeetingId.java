package vn.chibo.meetings;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a meeting. */
public record MeetingId(@JsonValue long value) {

    public static MeetingId of(long value) {
        return new MeetingId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
