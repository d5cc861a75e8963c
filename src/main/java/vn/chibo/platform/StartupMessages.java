package vn.chibo.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Texts for the operator before the application is up (failure reports): read straight from the message bundles, in
 * Vietnamese and then in English, since no request tells the language yet.
 */
public final class StartupMessages {

    /** The Vietnamese bundle (the base one) and the English one. */
    private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.ENGLISH};

    private StartupMessages() {}

    /** The message of {@code key} in each language, one per line. */
    public static String inEachLanguage(String key, Object... arguments) {
        return String.join(
                System.lineSeparator(),
                Stream.of(LANGUAGES)
                        .map(language -> ResourceBundle.getBundle("i18n.messages", language))
                        .map(bundle -> MessageFormat.format(bundle.getString(key), arguments))
                        .toList());
    }
}
