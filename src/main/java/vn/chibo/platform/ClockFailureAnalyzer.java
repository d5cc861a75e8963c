package vn.chibo.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused {@code chibo.clock.fixed} into Spring Boot's short "application failed to start" report, in
 * Vietnamese and English, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public final class ClockFailureAnalyzer extends AbstractFailureAnalyzer<ChiboClock.ClockSettingRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ChiboClock.ClockSettingRefused cause) {
        return new FailureAnalysis(
                StartupMessages.inEachLanguage(cause.key(), cause.value()),
                StartupMessages.inEachLanguage("startup.clock-fixed.action"),
                cause);
    }
}
