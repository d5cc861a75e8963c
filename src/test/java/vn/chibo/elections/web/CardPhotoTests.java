package vn.chibo.elections.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.chibo.elections.CardPhotos;
import vn.chibo.platform.InvalidInputException;

class CardPhotoTests {

    @Test
    void theCodeIsReadFromALargeTurnedLossyPhotoAndFromASmallPng() throws IOException {
        assertThat(CardPhoto.read(new ByteArrayInputStream(CardPhotos.of("K7Q2MX4P"))))
                .containsExactly("K7Q2MX4P");
        // 4000x3000 (a 12-megapixel phone) is read at a quarter of its pixels, and still resolves a small code.
        assertThat(CardPhoto.read(new ByteArrayInputStream(CardPhotos.of("H3N8WQ2Z", 4000, 3000, 9, "jpg"))))
                .containsExactly("H3N8WQ2Z");
        assertThat(CardPhoto.read(new ByteArrayInputStream(CardPhotos.of("ABCD2345", 400, 300, 5, "png"))))
                .containsExactly("ABCD2345");
    }

    @Test
    void aPhotoOfSeveralCardsGivesEachCodeAndTheDeskRefusesIt() throws IOException {
        byte[] two = CardPhotos.several(List.of("K7Q2MX4P", "H3N8WQ2Z"), 2400, 1600, 10, "jpg");
        assertThat(CardPhoto.read(new ByteArrayInputStream(two))).containsExactlyInAnyOrder("K7Q2MX4P", "H3N8WQ2Z");
        MockMultipartFile photo = new MockMultipartFile("photo", "IMG_0001.jpg", "image/jpeg", two);
        assertThatThrownBy(() -> CardPhoto.of(photo).get()).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("photo");
            assertThat(e.messageKey()).isEqualTo("congress.checkIn.severalCodes");
        });
        MockMultipartFile one = new MockMultipartFile("photo", "IMG_0002.jpg", "image/jpeg", CardPhotos.of("K7Q2MX4P"));
        assertThat(CardPhoto.of(one).get()).contains("K7Q2MX4P");
    }

    @Test
    void aPhotoWithoutACodeAFileThatIsNoImageOrAHugeOneGivesNothing() throws IOException {
        assertThat(CardPhoto.read(new ByteArrayInputStream(CardPhotos.of(null, 1200, 900, 1, "jpg"))))
                .isEmpty();
        assertThat(CardPhoto.read(new ByteArrayInputStream("không phải ảnh".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(CardPhoto.read(new ByteArrayInputStream(new byte[0]))).isEmpty();
        // A PNG whose header claims 100,000 x 100,000 pixels is not decoded at all (no 40 GB of pixels).
        assertThat(CardPhoto.read(new ByteArrayInputStream(pngHeader(100_000, 100_000))))
                .isEmpty();
    }

    /** The signature and IHDR chunk of a PNG of the given size, and nothing after them. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13)
                .put(ihdr.array())
                .putInt((int) crc.getValue())
                .array();
    }
}
