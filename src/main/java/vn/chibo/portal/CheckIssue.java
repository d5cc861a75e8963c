package vn.chibo.portal;

import java.util.List;

/** A defect found before submission: its code (for an override), the message key and its arguments. */
public record CheckIssue(Code code, String messageKey, List<String> arguments) {

    public CheckIssue {
        arguments = List.copyOf(arguments);
    }

    /** The checks run before an article is submitted; each can be overridden with a reason. */
    public enum Code {
        EMPTY_LEAD,
        TERM_MISMATCH,
        REPEATED_PARAGRAPH,
        RAW_FILE_PATH,
        FILE_NAME_CAPTION,
        IMAGE_WITHOUT_ALT,
        BROKEN_LINK,
        RECORD_MISMATCH
    }
}
