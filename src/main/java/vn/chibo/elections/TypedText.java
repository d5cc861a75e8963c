package vn.chibo.elections;

import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;

/** Free text typed into the congress forms: stripped, required where the record needs it, and within its length. */
final class TypedText {

    /** Names of people and short titles. */
    static final int SHORT = 300;
    /** Agendas, rules, complaints, comments. */
    static final int LONG = 4000;

    private TypedText() {}

    static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        String text = InputText.blankToNull(value);
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", max);
        }
        return text;
    }
}
