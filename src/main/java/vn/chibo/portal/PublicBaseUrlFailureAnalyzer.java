package vn.chibo.portal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.chibo.platform.StartupMessages;

/**
 * Turns a missing or malformed {@code chibo.portal.base-url} into Spring Boot's short "application failed to start"
 * report, in Vietnamese and English, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public final class PublicBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<PublicBaseUrl.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublicBaseUrl.Refused cause) {
        return new FailureAnalysis(
                StartupMessages.inEachLanguage(cause.key(), cause.value()),
                StartupMessages.inEachLanguage("startup.base-url.action"),
                cause);
    }
}
