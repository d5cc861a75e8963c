package vn.chibo.portal.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line-by-line comparison of two texts (longest common subsequence), for comparing revisions. */
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
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                result.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                result.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                result.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            result.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            result.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return result;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
