package vn.chibo.portal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every article body passes through before it is stored: structure, emphasis, links, tables and
 * figures with images from the media library. No script, no event handler, no style, no URL other than http(s),
 * mailto or a path on this site ever reaches a reader.
 */
public final class ArticleHtml {

    // Images come from the media library or another https site; srcset only lists media-library variants.
    private static final Pattern IMAGE_SOURCE = Pattern.compile("^(/cong/media/\\d+(/\\d+)?|https://[^\\s\"'<>]+)$");
    private static final Pattern SRCSET =
            Pattern.compile("^/cong/media/\\d+/\\d+ \\d+w(, /cong/media/\\d+/\\d+ \\d+w)*$");
    private static final Pattern SIZE = Pattern.compile("^\\d{1,4}$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "h2",
                    "h3",
                    "h4",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "figure",
                    "figcaption",
                    "table",
                    "caption",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "a",
                    "img")
            // A heading 1 is the article's title; the body starts at level 2.
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "p", "div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener")
            .allowAttributes("src")
            .matching(IMAGE_SOURCE)
            .onElements("img")
            .allowAttributes("srcset")
            .matching(SRCSET)
            .onElements("img")
            .allowAttributes("alt", "sizes")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(SIZE)
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(SIZE)
            .onElements("td", "th")
            .allowAttributes("scope")
            .matching(false, "row", "col")
            .onElements("th")
            .allowAttributes("title")
            .globally()
            .toFactory();

    private ArticleHtml() {}

    /** The body as it may be stored and shown. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** Plain text of the body, blocks separated by new lines: for search, feeds and the checks. */
    public static String text(String html) {
        return String.join("\n", outline(html).blocks());
    }

    /** The parts of a body the checks look at. */
    public static Outline outline(String html) {
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html == null ? "" : html, collector);
        return collector.result();
    }

    /** Text blocks (paragraphs, headings, list items, captions), images, captions and link targets of a body. */
    public record Outline(List<String> blocks, List<Image> images, List<String> captions, List<String> links) {}

    /** An image of the body. */
    public record Image(String src, String alt) {}

    private static final class Collector implements HtmlSanitizer.Policy {
        private static final java.util.Set<String> BLOCKS = java.util.Set.of(
                "p",
                "div",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "li",
                "blockquote",
                "figcaption",
                "td",
                "th",
                "caption",
                "br",
                "tr",
                "figure");
        private final List<String> blocks = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private StringBuilder current = new StringBuilder();
        private StringBuilder caption;

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {
            flush();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if (BLOCKS.contains(name)) {
                flush();
            }
            if (name.equals("figcaption")) {
                caption = new StringBuilder();
            } else if (name.equals("img")) {
                images.add(new Image(attribute(attrs, "src"), attribute(attrs, "alt")));
            } else if (name.equals("a")) {
                String href = attribute(attrs, "href");
                if (href != null) {
                    links.add(href.strip());
                }
            }
        }

        @Override
        public void closeTag(String name) {
            if (name.equals("figcaption") && caption != null) {
                captions.add(caption.toString().strip());
                caption = null;
            }
            if (BLOCKS.contains(name)) {
                flush();
            }
        }

        @Override
        public void text(String text) {
            current.append(text);
            if (caption != null) {
                caption.append(text);
            }
        }

        private void flush() {
            String block = current.toString().replaceAll("\\s+", " ").strip();
            if (!block.isEmpty()) {
                blocks.add(block);
            }
            current = new StringBuilder();
        }

        private static String attribute(List<String> attrs, String name) {
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                if (attrs.get(i).equalsIgnoreCase(name)) {
                    return attrs.get(i + 1);
                }
            }
            return null;
        }

        Outline result() {
            return new Outline(List.copyOf(blocks), List.copyOf(images), List.copyOf(captions), List.copyOf(links));
        }
    }
}
