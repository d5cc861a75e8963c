package vn.chibo.platform;

/**
 * Refuses text that no record should hold and PostgreSQL would refuse to store: control characters other than tab and
 * line breaks (NUL among them), and halves of a UTF-16 pair without the other half. The database would otherwise turn
 * such input into a refused write (a 409) instead of a message naming the field.
 */
public final class StorableText {

    private StorableText() {}

    /** Throws {@link InvalidInputException} on the field when the text cannot be stored as typed. */
    public static void require(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || lone) {
                throw new InvalidInputException(field, "validation.invalidCharacters");
            }
        }
    }
}
