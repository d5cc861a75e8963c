package vn.chibo.portal.reading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Who a reader is for rating, and what a valid rating is: one to five whole stars; a reader is the random id of her
 * cookie, or, for a browser that refuses cookies, the salted hash of her address (so that one address without
 * cookies rates an article once). Cookies are signed, so only ones the server issued count, and one address is
 * issued at most {@link #NEW_READERS_PER_ADDRESS_PER_DAY} new ones a day. The address also bounds what clearing cookies
 * can do: one address gives an article at most {@link #PER_ADDRESS_PER_ARTICLE_PER_DAY} ratings a day (a school's
 * readers often share one address, so the bound is not one), and at most {@link #PER_ADDRESS_PER_MINUTE} ratings a
 * minute over all articles. Addresses are never stored, only salted hashes.
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
    /** New reader cookies one address is given in a day (cookies last for years: a school needs few new ones). */
    public static final int NEW_READERS_PER_ADDRESS_PER_DAY = 30;

    /** The installation secret that signs reader cookies. */
    static final String READER_KEY = "portal.reader-cookie-key";

    private static final Pattern READER_ID = Pattern.compile("^[A-Za-z0-9_-]{16,64}$");
    private static final Pattern SIGNATURE = Pattern.compile("^[0-9a-f]{32}$");

    private RatingRules() {}

    public static boolean validStars(Integer stars) {
        return stars != null && stars >= MIN_STARS && stars <= MAX_STARS;
    }

    /**
     * The reader id of a cookie we issued, or null for anything else: the cookie is the id and its signature
     * ({@code id.signature}, see {@link #signed}), so a made-up or altered value counts as no cookie.
     */
    public static String readerFromCookie(String cookie, java.util.function.UnaryOperator<String> signer) {
        if (cookie == null || cookie.length() > 100) {
            return null;
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String id = cookie.substring(0, dot);
        String signature = cookie.substring(dot + 1);
        if (!READER_ID.matcher(id).matches() || !SIGNATURE.matcher(signature).matches()) {
            return null;
        }
        return MessageDigest.isEqual(
                        signature.getBytes(StandardCharsets.US_ASCII),
                        signature(id, signer).getBytes(StandardCharsets.US_ASCII))
                ? id
                : null;
    }

    /** The cookie value for a reader id: the id and the start of its HMAC under the installation's key. */
    public static String signed(String id, java.util.function.UnaryOperator<String> signer) {
        return id + "." + signature(id, signer);
    }

    private static String signature(String id, java.util.function.UnaryOperator<String> signer) {
        return signer.apply(id).substring(0, 32);
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
