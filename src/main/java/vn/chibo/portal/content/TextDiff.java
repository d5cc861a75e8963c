package vn.chibo.portal.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line-by-line comparison of two texts (Myers' algorithm, from java-diff-utils), for comparing revisions. */
public final class TextDiff {

    private TextDiff() {}

    /** A line of the comparison: kept, removed (only on the left) or added (only on the right). */
    public record Line(Kind kind, String text) {}

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public static List<Line> lines(String left, String right) {
        return diff(split(left), split(right));
    }

    /** Compares two bodies block by block (paragraphs, headings, captions) as plain text. */
    public static List<Line> blocks(String leftHtml, String rightHtml) {
        return diff(
                ArticleHtml.outline(leftHtml).blocks(),
                ArticleHtml.outline(rightHtml).blocks());
    }

    static List<Line> diff(List<String> a, List<String> b) {
        List<Line> result = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                result.add(new Line(Kind.SAME, a.get(i++)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new Line(Kind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> result.add(new Line(Kind.ADDED, line)));
            i += delta.getSource().size();
        }
        while (i < a.size()) {
            result.add(new Line(Kind.SAME, a.get(i++)));
        }
        return result;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
