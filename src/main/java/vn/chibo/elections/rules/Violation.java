package vn.chibo.elections.rules;

import java.util.List;

/**
 * A rule a proposal breaks: the field it concerns, the message key that names the rule in the bundles, and the
 * message's arguments.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }
}
