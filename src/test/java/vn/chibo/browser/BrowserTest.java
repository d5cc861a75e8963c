package vn.chibo.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.chibo.ChiboIntegrationTest;

/**
 * A test that drives the machine's Chromium against the whole application: the shared {@link ChiboIntegrationTest}
 * context, and a {@link Chromium} parameter for each test method (one browser per test class, closed after it; the
 * test is skipped with a clear reason where the machine has no Chromium).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ChiboIntegrationTest
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {}
