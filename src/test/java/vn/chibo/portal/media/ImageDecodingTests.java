package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.chibo.platform.InvalidInputException;

/** A large image is decoded only as far as its variants need: memory stays bounded whatever the canvas. */
class ImageDecodingTests {

    @Test
    void aNineThousandPixelSquareIsDecodedToAFewMegapixelsAndKeepsItsSize() throws IOException {
        // One bit a pixel, so that the test itself stays small: 10 MB here, 324 MB once decoded in full colour.
        byte[] png = png(new BufferedImage(9_000, 9_000, BufferedImage.TYPE_BYTE_BINARY));
        MediaLibrary.Decoded decoded = MediaLibrary.decode(png);
        assertThat(decoded.width()).isEqualTo(9_000);
        assertThat(decoded.height()).isEqualTo(9_000);
        assertThat((long) decoded.pixels().getWidth() * decoded.pixels().getHeight())
                .isLessThanOrEqualTo(MediaLibrary.MAX_DECODED_PIXELS);
        assertThat(decoded.pixels().getWidth())
                .as("still wide enough for every variant")
                .isGreaterThan(1_280);
    }

    @Test
    void anOrdinaryPhotoIsDecodedInFull() throws IOException {
        MediaLibrary.Decoded decoded =
                MediaLibrary.decode(png(new BufferedImage(1_600, 1_200, BufferedImage.TYPE_INT_RGB)));
        assertThat(decoded.pixels().getWidth()).isEqualTo(1_600);
        assertThat(decoded.pixels().getHeight()).isEqualTo(1_200);
    }

    @Test
    void aCanvasWiderThanTenThousandPixelsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = png(new BufferedImage(12_000, 8, BufferedImage.TYPE_BYTE_BINARY));
        assertThatThrownBy(() -> MediaLibrary.decode(png))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("portal.media.tooManyPixels"));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
