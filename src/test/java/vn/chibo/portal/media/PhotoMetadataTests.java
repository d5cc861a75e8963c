package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;

/**
 * A photo loses what identifies a person or a place, keeps how it is to be turned, and lends its description; the
 * orientations turn the pixels the way EXIF means them.
 */
class PhotoMetadataTests {

    @Test
    void aPhonesPhotoLosesItsLocationOwnerSerialAndTaggedNamesButKeepsItsOrientationAndMake() throws IOException {
        byte[] phone = TestPhotos.withXmp(
                TestPhotos.withExif(TestPhotos.jpeg(64, 32), 6, "Chi bộ trao Huy hiệu 30 năm tuổi Đảng", null, true),
                null);
        assertThat(TestPhotos.identifies(phone)).as("the fixture carries them").isTrue();

        PhotoMetadata.Cleaned cleaned = PhotoMetadata.clean(phone);

        assertThat(cleaned.identifyingRemoved()).isTrue();
        assertThat(TestPhotos.identifies(cleaned.bytes())).isFalse();
        assertThat(cleaned.orientation()).isEqualTo(6);
        assertThat(cleaned.description()).isEqualTo("Chi bộ trao Huy hiệu 30 năm tuổi Đảng");
        JpegImageMetadata kept = (JpegImageMetadata) Imaging.getMetadata(cleaned.bytes());
        assertThat(kept.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION)
                        .getIntValue())
                .isEqualTo(6);
        assertThat(kept.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_MAKE))
                .isNotNull();
        // Lossless: the picture itself is the same.
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(phone));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
        assertThat(after.getWidth()).isEqualTo(64);
        assertThat(after.getRGB(40, 20)).isEqualTo(before.getRGB(40, 20));
    }

    @Test
    void aPhotoWithNothingIdentifyingIsKeptAsItCame() throws IOException {
        byte[] plain = TestPhotos.withExif(TestPhotos.jpeg(32, 32), 1, null, null, false);
        PhotoMetadata.Cleaned cleaned = PhotoMetadata.clean(plain);
        assertThat(cleaned.identifyingRemoved()).isFalse();
        assertThat(cleaned.bytes()).isEqualTo(plain);
        assertThat(cleaned.orientation()).isEqualTo(1);
        assertThat(cleaned.description()).isNull();
        // Not a JPEG at all: returned as it came.
        byte[] notJpeg = "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(PhotoMetadata.clean(notJpeg).bytes()).isEqualTo(notJpeg);
    }

    @Test
    void theDescriptionIsTheFirstThatSaysSomething() throws IOException {
        // A camera's default description is passed over for the Windows title.
        byte[] camera = TestPhotos.withExif(
                TestPhotos.jpeg(16, 16), 1, "OLYMPUS DIGITAL CAMERA", "Hội nghị sơ kết học kỳ I", false);
        assertThat(PhotoMetadata.clean(camera).description()).isEqualTo("Hội nghị sơ kết học kỳ I");
        // A file name says nothing either; XMP's dc:description does.
        byte[] named = TestPhotos.withXmp(
                TestPhotos.withExif(TestPhotos.jpeg(16, 16), 1, "IMG_20261205_091533", null, false),
                "Đảng viên trẻ tham gia hiến máu tình nguyện");
        assertThat(PhotoMetadata.clean(named).description()).isEqualTo("Đảng viên trẻ tham gia hiến máu tình nguyện");
        assertThat(PhotoMetadata.meaningful("  DSC_0042.JPG ")).isNull();
        assertThat(PhotoMetadata.meaningful("12345")).isNull();
        String longText = "Toàn cảnh hội nghị ".repeat(30);
        String cut = PhotoMetadata.meaningful(longText);
        assertThat(cut).hasSizeLessThanOrEqualTo(PhotoMetadata.MAX_DESCRIPTION).endsWith("…");
    }

    @Test
    void eachOrientationTurnsThePixelsAsExifMeansIt() {
        // The picture as seen: 3 wide and 2 high, red in its top-left pixel. Each stored form below is how a camera
        // held that way writes it, with the red pixel where it then lies (EXIF: for 6, the stored first row is the
        // picture's right side and the stored first column its top; for 8, the first row its left, the first column
        // its bottom).
        assertUpright(stored(3, 2, 2, 0), 2); // mirrored left to right
        assertUpright(stored(3, 2, 2, 1), 3); // upside down
        assertUpright(stored(3, 2, 0, 1), 4); // mirrored top to bottom
        assertUpright(stored(2, 3, 0, 0), 5); // transposed
        assertUpright(stored(2, 3, 0, 2), 6); // lying on its left side: a quarter turn clockwise shows it
        assertUpright(stored(2, 3, 1, 2), 7); // transversed
        assertUpright(stored(2, 3, 1, 0), 8); // lying on its right side: a quarter turn anticlockwise shows it
        BufferedImage same = stored(3, 2, 0, 0);
        assertThat(PhotoMetadata.upright(same, 1)).isSameAs(same);
    }

    private static BufferedImage stored(int width, int height, int redX, int redY) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x == redX && y == redY ? Color.RED : Color.BLUE).getRGB());
            }
        }
        return image;
    }

    private static void assertUpright(BufferedImage stored, int orientation) {
        BufferedImage seen = PhotoMetadata.upright(stored, orientation);
        assertThat(seen.getWidth()).as("width, orientation %d", orientation).isEqualTo(3);
        assertThat(seen.getHeight()).as("height, orientation %d", orientation).isEqualTo(2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                int expected = (x == 0 && y == 0 ? Color.RED : Color.BLUE).getRGB();
                assertThat(seen.getRGB(x, y))
                        .as("pixel %d,%d, orientation %d", x, y, orientation)
                        .isEqualTo(expected);
            }
        }
    }
}
