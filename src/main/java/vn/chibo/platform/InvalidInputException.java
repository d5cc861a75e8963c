package vn.chibo.platform;

/**
 * Input that breaks a rule. Carries the field it concerns and a message key from the bundles, so that pages and the API
 * can tell the user in Vietnamese which field is wrong and why; nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
