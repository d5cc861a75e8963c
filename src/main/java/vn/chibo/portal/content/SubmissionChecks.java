package vn.chibo.portal.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.platform.NewsDraft;
import vn.chibo.portal.CheckIssue;
import vn.chibo.portal.CheckIssue.Code;

/**
 * The checks an article passes before it goes to the editor-in-chief. They catch the defects seen on existing
 * portals: a title and a text that disagree on the years of a term, a lead printed twice, a raw upload path or a file
 * name shown as text or caption, an image without alternative text, an empty lead and a link to a page that does not
 * exist.
 */
public final class SubmissionChecks {

    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-–—/]\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern FILE_PATH =
            Pattern.compile("(?i)([a-z]:\\\\|(^|[\\s(])/?(uploads?|files|data|tmp|images|media|wp-content)/\\S+"
                    + "|\\b[\\w.-]+\\.(jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar)\\b)");
    // A caption without a space that carries digits or underscores is a camera or upload file name.
    private static final Pattern FILE_NAME = Pattern.compile("^[\\p{L}\\d_.…-]*(\\d{4,}|_)[\\p{L}\\d_.…-]*$");
    private static final int MIN_REPEATED_LENGTH = 30;

    private SubmissionChecks() {}

    /** What the checks look at. {@code coverImage} tells whether a cover is set; {@code linkExists} resolves links. */
    public record Draft(String title, String lead, String bodyHtml, boolean coverImage, String coverAlt) {}

    public static List<CheckIssue> run(Draft draft, Predicate<String> internalLinkExists) {
        List<CheckIssue> issues = new ArrayList<>();
        ArticleHtml.Outline body = ArticleHtml.outline(draft.bodyHtml());
        String lead = draft.lead() == null ? "" : draft.lead().strip();
        if (lead.isEmpty()) {
            issues.add(issue(Code.EMPTY_LEAD, "portal.check.emptyLead"));
        }
        termMismatch(draft.title(), lead + "\n" + String.join("\n", body.blocks()), issues);
        repeated(lead, body.blocks(), issues);
        rawPaths(lead, body, issues);
        captions(body, issues);
        images(draft, body, issues);
        links(body, internalLinkExists, issues);
        return issues;
    }

    private static void termMismatch(String title, String text, List<CheckIssue> issues) {
        Set<String> titleRanges = ranges(title);
        Set<String> textRanges = ranges(text);
        for (String range : titleRanges) {
            if (!textRanges.isEmpty() && !textRanges.contains(range)) {
                issues.add(
                        issue(Code.TERM_MISMATCH, "portal.check.termMismatch", range, String.join(", ", textRanges)));
                return;
            }
        }
        Set<String> titleYears = years(YEAR_RANGE.matcher(title).replaceAll(" "));
        Set<String> textYears = years(text);
        for (String year : titleYears) {
            if (!textYears.isEmpty() && !textYears.contains(year)) {
                issues.add(issue(Code.TERM_MISMATCH, "portal.check.termMismatch", year, String.join(", ", textYears)));
                return;
            }
        }
    }

    private static Set<String> ranges(String text) {
        Set<String> result = new LinkedHashSet<>();
        Matcher m = YEAR_RANGE.matcher(text == null ? "" : text);
        while (m.find()) {
            result.add(m.group(1) + "–" + m.group(2));
        }
        return result;
    }

    private static Set<String> years(String text) {
        Set<String> result = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text == null ? "" : text);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private static void repeated(String lead, List<String> blocks, List<CheckIssue> issues) {
        Set<String> seen = new LinkedHashSet<>();
        String normalizedLead = normalize(lead);
        for (String block : blocks) {
            String normalized = normalize(block);
            if (normalized.length() < MIN_REPEATED_LENGTH) {
                continue;
            }
            if (normalized.equals(normalizedLead) || !seen.add(normalized)) {
                issues.add(issue(Code.REPEATED_PARAGRAPH, "portal.check.repeatedParagraph", excerpt(block)));
                return;
            }
        }
    }

    private static void rawPaths(String lead, ArticleHtml.Outline body, List<CheckIssue> issues) {
        List<String> texts = new ArrayList<>();
        texts.add(lead);
        texts.addAll(body.blocks());
        for (String text : texts) {
            Matcher m = FILE_PATH.matcher(text);
            if (m.find()) {
                issues.add(issue(
                        Code.RAW_FILE_PATH,
                        "portal.check.rawFilePath",
                        m.group().strip()));
                return;
            }
        }
    }

    private static void captions(ArticleHtml.Outline body, List<CheckIssue> issues) {
        for (String caption : body.captions()) {
            if (looksLikeFileName(caption)) {
                issues.add(issue(Code.FILE_NAME_CAPTION, "portal.check.fileNameCaption", caption));
                return;
            }
        }
        for (ArticleHtml.Image image : body.images()) {
            if (image.alt() != null && looksLikeFileName(image.alt().strip())) {
                issues.add(issue(Code.FILE_NAME_CAPTION, "portal.check.fileNameCaption", image.alt()));
                return;
            }
        }
    }

    /** Whether a caption or alternative text is a file name rather than words. */
    public static boolean looksLikeFileName(String text) {
        String t = text == null ? "" : text.strip();
        return !t.isEmpty()
                && (FILE_NAME.matcher(t).matches() || FILE_PATH.matcher(t).find());
    }

    private static void images(Draft draft, ArticleHtml.Outline body, List<CheckIssue> issues) {
        if (draft.coverImage() && (draft.coverAlt() == null || draft.coverAlt().isBlank())) {
            issues.add(issue(Code.IMAGE_WITHOUT_ALT, "portal.check.coverWithoutAlt"));
            return;
        }
        for (ArticleHtml.Image image : body.images()) {
            if (image.alt() == null || image.alt().isBlank()) {
                issues.add(issue(Code.IMAGE_WITHOUT_ALT, "portal.check.imageWithoutAlt", String.valueOf(image.src())));
                return;
            }
        }
    }

    private static void links(ArticleHtml.Outline body, Predicate<String> internalLinkExists, List<CheckIssue> issues) {
        for (String href : body.links()) {
            if (href.startsWith("/") && !href.startsWith("//") && !internalLinkExists.test(href)) {
                issues.add(issue(Code.BROKEN_LINK, "portal.check.brokenLink", href));
                return;
            }
        }
    }

    private static final Pattern DATE =
            Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern LONG_DATE =
            Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2}) tháng (\\d{1,2}) năm ((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DASH = Pattern.compile("\\s*[-‐‑‒–—―−]\\s*");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern SPACE_PERCENT = Pattern.compile("\\s+%");

    /**
     * The facts a news draft stated from its record ({@code kind}: MEETING or CONGRESS) that the article no longer
     * states: each must still appear in the title, lead or body as a whole (not inside a longer number or name), the
     * way it is written aside (10/12/2026, 10-12-2026 and "10 tháng 12 năm 2026", 2025–2030 and 2025 - 2030, 66,7% and 66.7 %, capitals).
     */
    public static Optional<CheckIssue> againstRecord(String kind, Draft draft, List<NewsDraft.Fact> facts) {
        ArticleHtml.Outline body = ArticleHtml.outline(draft.bodyHtml());
        String text = comparable(String.join(
                "\n",
                draft.title() == null ? "" : draft.title(),
                draft.lead() == null ? "" : draft.lead(),
                String.join("\n", body.blocks())));
        List<String> missing = new ArrayList<>();
        for (NewsDraft.Fact fact : facts) {
            if (!containsWhole(text, comparable(fact.value())) && !containsInWords(text, comparable(fact.value()))) {
                missing.add(fact.label() + " “" + fact.value() + "”");
            }
        }
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        issue(Code.RECORD_MISMATCH, "portal.check.recordMismatch." + kind, String.join("; ", missing)));
    }

    private static final Pattern COUNT = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    /** The text as compared with a fact: one form of dates, dashes, slashes, decimals, percentages and spaces. */
    static String comparable(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s+", " ");
        s = LONG_DATE
                .matcher(s)
                .replaceAll(m -> Integer.parseInt(m.group(1)) + "/" + Integer.parseInt(m.group(2)) + "/" + m.group(3));
        s = DATE.matcher(s)
                .replaceAll(m -> Integer.parseInt(m.group(1)) + "/" + Integer.parseInt(m.group(2)) + "/" + m.group(3));
        s = DASH.matcher(s).replaceAll("-");
        s = SLASH.matcher(s).replaceAll("/");
        s = DECIMAL_COMMA.matcher(s).replaceAll(".");
        s = SPACE_PERCENT.matcher(s).replaceAll("%");
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a count written "28/30" in the record is written out in the text as newspapers write it: "28 trên 30",
     * "28 đồng chí có mặt trên tổng số 30 đảng viên", "28 trong số 30" (a few words between, no other figure).
     */
    private static boolean containsInWords(String text, String value) {
        Matcher count = COUNT.matcher(value);
        if (!count.matches()) {
            return false;
        }
        Pattern written = Pattern.compile("(?<![\\p{L}\\p{N}])" + count.group(1)
                + "(?![\\p{L}\\p{N}])[^\\p{N}/]{0,40}?(?<![\\p{L}])(?:trên|trong)(?:\\s+tổng)?(?:\\s+số)?"
                + "(?![\\p{L}])[^\\p{N}]{0,40}?(?<![\\p{L}\\p{N}])" + count.group(2) + "(?![\\p{L}\\p{N}])");
        return written.matcher(text).find();
    }

    /** Whether {@code value} occurs in {@code text} with no letter or digit right before or after it. */
    private static boolean containsWhole(String text, String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            boolean before = at > 0 && Character.isLetterOrDigit(text.codePointBefore(at));
            boolean after = end < text.length() && Character.isLetterOrDigit(text.codePointAt(end));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private static CheckIssue issue(Code code, String key, String... args) {
        return new CheckIssue(code, key, List.of(args));
    }
}
