package vn.chibo.portal.reading;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.platform.InstallationSecrets;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.ArticleId;

/** Readers' star ratings of published articles, without login: one per reader per article, throttled per address. */
@Service
public class Ratings {

    /** What became of a rating. */
    public enum Outcome {
        RATED,
        ALREADY_RATED,
        THROTTLED
    }

    /** "Tổng số điểm của bài viết là: {total} trong {count} đánh giá". */
    public record RatingSummary(long total, long count) {

        public double average() {
            return RatingRules.average(total, count);
        }
    }

    private final JdbcClient jdbc;
    private final PublicArticles articles;
    private final InstallationSecrets secrets;
    private final Cache<String, AtomicInteger> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();
    private final Cache<String, AtomicInteger> issued = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1))
            .maximumSize(100_000)
            .build();
    private final SecureRandom random = new SecureRandom();

    Ratings(JdbcClient jdbc, PublicArticles articles, InstallationSecrets secrets) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.secrets = secrets;
    }

    /**
     * A new signed reader cookie for a browser that has none, or null when the address has been given its share of
     * new cookies today (its readers are then told apart by the address alone).
     */
    public String newReaderCookie(String address) {
        String addressHash = RatingRules.addressHash(secrets.secret(RatingRules.READER_SALT), address);
        if (issued.get(addressHash, key -> new AtomicInteger()).incrementAndGet()
                > RatingRules.NEW_READERS_PER_ADDRESS_PER_DAY) {
            return null;
        }
        byte[] id = new byte[18];
        random.nextBytes(id);
        return RatingRules.signed(Base64.getUrlEncoder().withoutPadding().encodeToString(id), this::sign);
    }

    /** Whether the cookie is one this installation issued. */
    public boolean issued(String readerCookie) {
        return RatingRules.readerFromCookie(readerCookie, this::sign) != null;
    }

    private String sign(String id) {
        return secrets.sign(RatingRules.READER_KEY, id);
    }

    @Transactional
    public Outcome rate(ArticleId article, Integer stars, String readerCookie, String address) {
        if (!RatingRules.validStars(stars)) {
            throw new InvalidInputException(
                    "stars", "portal.rating.stars.invalid", RatingRules.MIN_STARS, RatingRules.MAX_STARS);
        }
        articles.publicTeaser(article).orElseThrow(() -> new NotFoundException("Article", article));
        String addressHash = RatingRules.addressHash(secrets.secret(RatingRules.READER_SALT), address);
        AtomicInteger count = recent.get(addressHash, key -> new AtomicInteger());
        if (count.incrementAndGet() > RatingRules.PER_ADDRESS_PER_MINUTE) {
            return Outcome.THROTTLED;
        }
        String reader = RatingRules.readerKey(RatingRules.readerFromCookie(readerCookie, this::sign), addressHash);
        long fromAddressToday = jdbc.sql("SELECT count(*) FROM portal.article_rating WHERE article_id = :article"
                        + " AND address_hash = :address AND rated_at > now() - interval '1 day'")
                .param("article", article.value())
                .param("address", addressHash)
                .query(Long.class)
                .single();
        if (fromAddressToday >= RatingRules.PER_ADDRESS_PER_ARTICLE_PER_DAY) {
            // A reader clearing her cookie to rate again, or an address that has said enough about this article.
            return Outcome.ALREADY_RATED;
        }
        int inserted = jdbc.sql("INSERT INTO portal.article_rating (article_id, reader, address_hash, stars)"
                        + " VALUES (:article, :reader, :address, :stars) ON CONFLICT DO NOTHING")
                .param("article", article.value())
                .param("reader", reader)
                .param("address", addressHash)
                .param("stars", stars)
                .update();
        return inserted == 1 ? Outcome.RATED : Outcome.ALREADY_RATED;
    }

    @Transactional(readOnly = true)
    public boolean hasRated(ArticleId article, String readerCookie, String address) {
        String reader = RatingRules.readerKey(
                RatingRules.readerFromCookie(readerCookie, this::sign),
                RatingRules.addressHash(secrets.secret(RatingRules.READER_SALT), address));
        return jdbc.sql("SELECT count(*) FROM portal.article_rating WHERE article_id = :a AND reader = :r")
                        .param("a", article.value())
                        .param("r", reader)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public RatingSummary summary(ArticleId article) {
        return jdbc.sql("SELECT coalesce(sum(stars), 0) AS total, count(*) AS n FROM portal.article_rating"
                        + " WHERE article_id = :a")
                .param("a", article.value())
                .query((rs, n) -> new RatingSummary(rs.getLong("total"), rs.getLong("n")))
                .single();
    }
}
