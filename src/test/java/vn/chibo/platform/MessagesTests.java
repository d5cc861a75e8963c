package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English bundle stays in step with the Vietnamese one, and every key a template names exists. */
class MessagesTests {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theEnglishBundleHasExactlyTheVietnameseKeys() throws IOException {
        Set<String> vietnamese = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).containsExactlyElementsOf(vietnamese);
    }

    @Test
    void theVietnameseBundleIsVietnamese() throws IOException {
        Properties vietnamese = load("messages.properties");
        assertThat(vietnamese.getProperty("login.heading")).isEqualTo("Đăng nhập");
        assertThat(vietnamese.getProperty("layout.lang")).isEqualTo("vi");
        assertThat(load("messages_en.properties").getProperty("layout.lang")).isEqualTo("en");
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties vietnamese = load("messages.properties");
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!vietnamese.containsKey(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Keys given to a fragment as quoted arguments ({@code enumFilter('level', 'member.field.theoryLevel', ...)}) are
     * looked up inside it, where the literal-key check cannot see them: each such key exists, and each prefix (ending
     * in a dot) begins some key.
     */
    @Test
    void everyKeyGivenToAFragmentExists() throws IOException {
        Properties vietnamese = load("messages.properties");
        Pattern call = Pattern.compile("~\\{[^}]*::\\s*[\\w-]+\\(([^)]*)\\)");
        Pattern quotedKey = Pattern.compile("'([a-z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]*)'");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher calls = call.matcher(Files.readString(template));
                while (calls.find()) {
                    Matcher keys = quotedKey.matcher(calls.group(1));
                    while (keys.find()) {
                        String key = keys.group(1);
                        boolean found = key.endsWith(".")
                                ? vietnamese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                                : vietnamese.containsKey(key);
                        if (!found) {
                            missing.add(template.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
