package vn.chibo.reviews;

import java.util.Arrays;
import java.util.List;

/**
 * Something the rules say about a member or an organization, as a message key with its arguments (numbers and
 * {@link java.time.LocalDate}s, which the pages format).
 */
public record ReviewMessage(String messageKey, List<Object> arguments) {

    public ReviewMessage {
        arguments = List.copyOf(arguments);
    }

    public static ReviewMessage of(String messageKey, Object... arguments) {
        return new ReviewMessage(messageKey, Arrays.asList(arguments));
    }
}
