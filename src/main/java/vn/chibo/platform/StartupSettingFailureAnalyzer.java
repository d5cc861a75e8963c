package vn.chibo.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused setting ({@code chibo.clock.fixed}, {@code chibo.portal.base-url}, …) into Spring Boot's short
 * "application failed to start" report, in Vietnamese and English, instead of a stack trace. Registered in {@code
 * META-INF/spring.factories}.
 */
public final class StartupSettingFailureAnalyzer extends AbstractFailureAnalyzer<StartupSettingRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupSettingRefused cause) {
        return new FailureAnalysis(
                StartupMessages.inEachLanguage(cause.key(), cause.value()),
                StartupMessages.inEachLanguage(cause.actionKey()),
                cause);
    }
}
