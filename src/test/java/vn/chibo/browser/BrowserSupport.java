package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Starts the machine's Chromium through Playwright and checks pages with axe-core. */
public final class BrowserSupport {

    private BrowserSupport() {}

    /** The Chromium to drive: $CHROMIUM_PATH, or Debian's package. */
    public static Optional<Path> chromium() {
        return Stream.of(System.getenv("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> p != null && !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Launches headless Chromium, or skips the test with a clear reason when the machine has none. */
    public static Browser launch(Playwright playwright) {
        Path executable = chromium().orElse(null);
        Assumptions.assumeTrue(
                executable != null, "Chromium is not installed (apt-get install chromium); browser tests skipped");
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /**
     * Asserts that axe-core finds no violation on the page as it is now, with axe's whole default rule set: WCAG 2.0,
     * 2.1 and 2.2 at levels A and AA plus axe's best practices (landmarks, one main heading, heading order, …).
     */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe-core violations on %s:%n%s", page.url(), describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " -> "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
