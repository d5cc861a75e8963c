package vn.chibo.portal.reading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Who a reader is for rating, and what a valid rating is: one to five whole stars; a reader is the random id of her
 * cookie, or, for a browser that refuses cookies, the salted hash of her address (so that one address without
 * cookies rates an article once). The address also bounds what clearing cookies can do: one address gives an article
 * at most {@link #PER_ADDRESS_PER_ARTICLE_PER_DAY} ratings a day (a school's readers often share one address, so the
 * bound is not one), and at most {@link #PER_ADDRESS_PER_MINUTE} ratings a minute over all articles. Addresses are never
 * stored, only salted hashes.
 */
public final class RatingRules {

    /** The installation secret that salts readers' addresses (see InstallationSecrets). */
    static final String READER_SALT = "portal.reader-salt";

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    /** Ratings one address may send per minute, over all articles. */
    public static final int PER_ADDRESS_PER_MINUTE = 10;
    /** Ratings of one article from one address in a day, whatever cookies they come with. */
    public static final int PER_ADDRESS_PER_ARTICLE_PER_DAY = 20;

    private static final Pattern READER_ID = Pattern.compile("^[A-Za-z0-9_-]{16,64}$");

    private RatingRules() {}

    public static boolean validStars(Integer stars) {
        return stars != null && stars >= MIN_STARS && stars <= MAX_STARS;
    }

    /** A reader cookie we issued, or null for anything else (a forged value counts as no cookie). */
    public static String readerFromCookie(String cookie) {
        return cookie != null && READER_ID.matcher(cookie).matches() ? cookie : null;
    }

    /** The key under which a reader's rating of an article is kept. */
    public static String readerKey(String cookieReader, String addressHash) {
        return cookieReader != null ? "c:" + cookieReader : "a:" + addressHash;
    }

    public static String addressHash(String salt, String address) {
        return sha256(salt + "|" + address);
    }

    /** "Tổng số điểm … là: 4,3" — the average to one decimal, 0 without ratings. */
    public static double average(long total, long count) {
        return count == 0 ? 0 : Math.round(total * 10.0 / count) / 10.0;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
