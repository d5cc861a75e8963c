package vn.chibo.portal;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a portal site. */
public record SiteId(@JsonValue long value) {

    public static SiteId of(long value) {
        return new SiteId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
