package vn.chibo.portal;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a portal article. */
public record ArticleId(@JsonValue long value) {

    public static ArticleId of(long value) {
        return new ArticleId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
