package vn.chibo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy ({@code style-src 'self'; script-src 'self'}) makes the browser ignore inline
 * styles and scripts: a {@code style} attribute, an {@code on...} handler or a script without {@code src} in a template
 * would look right in the source and do nothing on the page.
 */
class TemplatePolicyTests {

    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[a-zA-Z][^>]*\\s(th:)?style=\"", Pattern.DOTALL);
    private static final Pattern HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\s(th:)?on[a-z]+=\"", Pattern.DOTALL);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\s(th:)?src=)[^>]*>", Pattern.DOTALL);

    @Test
    void noTemplateHasInlineStylesOrScripts() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template, StandardCharsets.UTF_8);
                for (Pattern pattern : List.of(STYLE_ATTRIBUTE, HANDLER, INLINE_SCRIPT)) {
                    Matcher m = pattern.matcher(html);
                    while (m.find()) {
                        found.add(template + ": " + m.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
