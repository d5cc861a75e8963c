package vn.chibo.platform;

/** How every module reads free text typed into a form or sent in JSON. */
public final class InputText {

    private InputText() {}

    /** The text without surrounding white space, or {@code null} when nothing but white space was given. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
