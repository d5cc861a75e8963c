package vn.chibo.portal;

import java.text.Normalizer;
import java.util.Locale;

/** The ASCII address segment of a Vietnamese title: "Đại hội Chi bộ nhiệm kỳ 2025–2027" → "dai-hoi-chi-bo-nhiem-ky-2025-2027". */
public final class Slug {

    static final int MAX_LENGTH = 100;

    private Slug() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ are letters of their own, not d with a mark, so NFD leaves them alone.
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        String ascii = Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int dash = slug.lastIndexOf('-');
            if (dash > MAX_LENGTH / 2) {
                slug = slug.substring(0, dash);
            }
            slug = slug.replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
