package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTests {

    static int firstRow(KeyIndex index, String key, int row) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return index.firstRow(bytes, bytes.length, row);
    }

    @Test
    void remembersTheFirstRowOfEachKey() {
        KeyIndex index = new KeyIndex();
        assertThat(firstRow(index, "nguyen thi huong", 2)).isZero();
        assertThat(firstRow(index, "nguyen thi huong ", 3)).isZero();
        assertThat(firstRow(index, "nguyen thi huong", 4)).isEqualTo(2);
        assertThat(firstRow(index, "nguyen thi huong", 5)).isEqualTo(2);
        assertThat(firstRow(index, "", 6)).isZero();
        assertThat(firstRow(index, "", 7)).isEqualTo(6);
    }

    @Test
    void agreesWithAHashMapOverManyKeysAndPages() {
        KeyIndex index = new KeyIndex();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int row = 2; row < 300_000; row++) {
            // Long keys fill several pages; few distinct values make many repeats.
            String key = "k" + random.nextInt(150_000) + "x".repeat(random.nextInt(20));
            Integer first = expected.putIfAbsent(key, row);
            assertThat(firstRow(index, key, row)).isEqualTo(first == null ? 0 : first);
        }
    }
}
