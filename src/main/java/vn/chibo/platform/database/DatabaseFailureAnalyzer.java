package vn.chibo.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.chibo.platform.StartupMessages;

/**
 * Turns a start refused because another running ChiBo holds the data directory into Spring Boot's short "application
 * failed to start" report, in Vietnamese and then in English (the message bundles), instead of the stack trace of the
 * first bean that wanted a connection. Registered in {@code META-INF/spring.factories}.
 */
public final class DatabaseFailureAnalyzer
        extends AbstractFailureAnalyzer<EmbeddedPostgresServer.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresServer.DataDirectoryInUseException cause) {
        String directory = cause.directory().toString();
        return new FailureAnalysis(
                StartupMessages.inEachLanguage("startup.data-dir-in-use", directory),
                StartupMessages.inEachLanguage("startup.data-dir-in-use.action", directory),
                cause);
    }
}
