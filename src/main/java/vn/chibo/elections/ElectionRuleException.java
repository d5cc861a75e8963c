package vn.chibo.elections;

import vn.chibo.platform.InvalidInputException;

/**
 * A proposal that breaks an election rule (a list too short or too long for its kind, a run-off on the wrong names):
 * the API answers 422 with the rule's Vietnamese message, the pages show it beside the field.
 */
public class ElectionRuleException extends InvalidInputException {

    public ElectionRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
