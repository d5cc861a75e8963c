package vn.chibo.members.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The rejected rows of an import, in the user's language: validation errors as the checks find them, then the four
 * kinds of duplicates (same citizen id as an earlier row, as an existing member; same name and birth date as an earlier
 * row, as an existing member), at most {@link MemberImporter#MAX_ERRORS_LISTED} of each.
 */
final class RowErrors {

    static final int CITIZEN_ID_IN_FILE = 0;
    static final int CITIZEN_ID_EXISTING = 1;
    static final int NAME_BIRTH_IN_FILE = 2;
    static final int NAME_BIRTH_EXISTING = 3;

    private final MessageSource messages;
    private final Locale locale;
    private final List<ImportResult.ImportError> errors = new ArrayList<>();
    private final List<List<ImportResult.ImportError>> duplicates =
            List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final Map<String, String> messageCache = new LinkedHashMap<>();

    RowErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void error(int row, ImportColumn column, String key, Object... args) {
        if (errors.size() >= MemberImporter.MAX_ERRORS_LISTED) {
            return;
        }
        String message = args.length == 0
                ? messageCache.computeIfAbsent(key, k -> messages.getMessage(k, null, locale))
                : messages.getMessage(key, args, locale);
        errors.add(new ImportResult.ImportError(row, column == null ? "" : column.header(), message));
    }

    /** A duplicate of the kind; {@code firstRow} is the earlier row of the file it repeats (0 for a member). */
    void duplicate(int kind, int row, ImportColumn column, String key, int firstRow) {
        List<ImportResult.ImportError> list = duplicates.get(kind);
        if (list.size() < MemberImporter.MAX_ERRORS_LISTED) {
            list.add(new ImportResult.ImportError(
                    row, column.header(), messages.getMessage(key, new Object[] {firstRow}, locale)));
        }
    }

    /** The errors to list: validation errors first, then duplicates by kind, at most MAX_ERRORS_LISTED, by row. */
    List<ImportResult.ImportError> listed() {
        List<ImportResult.ImportError> all = new ArrayList<>(errors);
        for (List<ImportResult.ImportError> kind : duplicates) {
            if (all.size() >= MemberImporter.MAX_ERRORS_LISTED) {
                break;
            }
            all.addAll(kind.subList(0, Math.min(kind.size(), MemberImporter.MAX_ERRORS_LISTED - all.size())));
        }
        all.sort(Comparator.comparingInt(ImportResult.ImportError::row));
        return List.copyOf(all);
    }
}
