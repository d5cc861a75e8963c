package vn.chibo.platform.database;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start refused because another running ChiBo holds the data directory into Spring Boot's short "application
 * failed to start" report, in Vietnamese and then in English (the message bundles), instead of the stack trace of the
 * first bean that wanted a connection. Registered in {@code META-INF/spring.factories}.
 */
public final class DatabaseFailureAnalyzer
        extends AbstractFailureAnalyzer<EmbeddedPostgresServer.DataDirectoryInUseException> {

    /** The Vietnamese bundle (the base one) and the English one. */
    private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.ENGLISH};

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresServer.DataDirectoryInUseException cause) {
        String directory = cause.directory().toString();
        return new FailureAnalysis(
                inEachLanguage("startup.data-dir-in-use", directory),
                inEachLanguage("startup.data-dir-in-use.action", directory),
                cause);
    }

    private static String inEachLanguage(String key, String argument) {
        return String.join(
                System.lineSeparator(),
                Stream.of(LANGUAGES)
                        .map(language -> ResourceBundle.getBundle("i18n.messages", language))
                        .map(bundle -> MessageFormat.format(bundle.getString(key), argument))
                        .toList());
    }
}
