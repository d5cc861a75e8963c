package vn.chibo.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Resolves the {@link Chromium} parameter of a {@link BrowserTest}: Playwright and one headless Chromium per test class,
 * kept in the class's extension store so that JUnit closes them when the class is done.
 */
final class ChromiumExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    /** Playwright and its browser, closed together. */
    private record Session(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        ExtensionContext classContext = extension.getParent().orElse(extension);
        Session session = classContext
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        Session.class,
                        key -> {
                            Playwright playwright = Playwright.create();
                            try {
                                return new Session(playwright, BrowserSupport.launch(playwright));
                            } catch (RuntimeException | Error e) {
                                playwright.close();
                                throw e;
                            }
                        },
                        Session.class);
        String port = SpringExtension.getApplicationContext(extension)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return new Chromium(session.browser(), "http://localhost:" + port);
    }
}
