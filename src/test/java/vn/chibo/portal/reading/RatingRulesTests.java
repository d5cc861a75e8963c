package vn.chibo.portal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingRulesTests {

    @Test
    void oneToFiveWholeStars() {
        assertThat(RatingRules.validStars(1)).isTrue();
        assertThat(RatingRules.validStars(5)).isTrue();
        assertThat(RatingRules.validStars(0)).isFalse();
        assertThat(RatingRules.validStars(6)).isFalse();
        assertThat(RatingRules.validStars(-3)).isFalse();
        assertThat(RatingRules.validStars(null)).isFalse();
    }

    @Test
    void aReaderIsHerCookieOrElseHerHashedAddress() {
        String hash = RatingRules.addressHash("salt", "203.0.113.7");
        assertThat(RatingRules.readerKey("AbCdEfGhIjKlMnOpQrSt", hash)).isEqualTo("c:AbCdEfGhIjKlMnOpQrSt");
        assertThat(RatingRules.readerKey(null, hash)).isEqualTo("a:" + hash);
    }

    /** A stand-in for the installation's HMAC: any keyed function of the id does for these rules. */
    static final java.util.function.UnaryOperator<String> SIGNER =
            id -> RatingRules.sha256("key|" + id) + RatingRules.sha256("more|" + id);

    @Test
    void onlyACookieTheServerSignedCountsAForgedOneCountsAsNoCookie() {
        String issued = RatingRules.signed("AbCdEfGhIjKlMnOpQrSt", SIGNER);
        assertThat(RatingRules.readerFromCookie(issued, SIGNER)).isEqualTo("AbCdEfGhIjKlMnOpQrSt");
        // A made-up id, an id with another's signature, or a signature altered by one digit.
        assertThat(RatingRules.readerFromCookie("AbCdEfGhIjKlMnOpQrSt", SIGNER)).isNull();
        assertThat(RatingRules.readerFromCookie("ZzCdEfGhIjKlMnOpQrSt" + issued.substring(20), SIGNER))
                .isNull();
        String flipped = issued.substring(0, issued.length() - 1) + (issued.endsWith("0") ? "1" : "0");
        assertThat(RatingRules.readerFromCookie(flipped, SIGNER)).isNull();
        assertThat(RatingRules.readerFromCookie("short.abc", SIGNER)).isNull();
        assertThat(RatingRules.readerFromCookie("a:' OR 1=1 --aaaaaaaaaaaa", SIGNER))
                .isNull();
        assertThat(RatingRules.readerFromCookie(null, SIGNER)).isNull();
    }

    @Test
    void addressesAreStoredOnlyAsSaltedHashes() {
        String hash = RatingRules.addressHash("salt", "203.0.113.7");
        assertThat(hash).doesNotContain("203").hasSize(32);
        assertThat(RatingRules.addressHash("salt", "203.0.113.7")).isEqualTo(hash);
        assertThat(RatingRules.addressHash("other", "203.0.113.7")).isNotEqualTo(hash);
    }

    @Test
    void theAverageHasOneDecimal() {
        assertThat(RatingRules.average(0, 0)).isZero();
        assertThat(RatingRules.average(13, 3)).isEqualTo(4.3);
        assertThat(RatingRules.average(10, 2)).isEqualTo(5.0);
    }

    @Test
    void botsAreNotCountedAsVisitors() {
        assertThat(VisitCounter.isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isTrue();
        assertThat(VisitCounter.isBot("curl/8.5.0")).isTrue();
        assertThat(VisitCounter.isBot("")).isTrue();
        assertThat(VisitCounter.isBot(null)).isTrue();
        assertThat(VisitCounter.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0 Safari/537.36"))
                .isFalse();
    }
}
