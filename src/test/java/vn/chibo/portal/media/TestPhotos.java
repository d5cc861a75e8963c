package vn.chibo.portal.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.MicrosoftTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photos as phones and cameras write them: EXIF with a location, an owner and an orientation; XMP with tagged faces. */
public final class TestPhotos {

    private TestPhotos() {}

    /** A JPEG of {@code width} x {@code height} pixels, red in its top-left corner, blue elsewhere. */
    public static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < width / 4 && y < height / 4 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /**
     * The photo with EXIF: its orientation, camera make, description (null: none) and the Windows title (null: none),
     * and, when {@code identifying}, a location, the owner's name and the body's serial number.
     */
    public static byte[] withExif(
            byte[] jpeg, int orientation, String description, String windowsTitle, boolean identifying)
            throws IOException {
        TiffOutputSet set = new TiffOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "Máy ảnh thử");
        if (description != null) {
            root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, description);
        }
        if (windowsTitle != null) {
            root.add(MicrosoftTagConstants.EXIF_TAG_XPTITLE, windowsTitle);
        }
        if (identifying) {
            set.setGpsInDegrees(105.8412, 21.0245);
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, "Tran Van Chu May");
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-4455667788");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
        return out.toByteArray();
    }

    /** The photo with XMP naming a tagged face and carrying {@code description} as dc:description (null: none). */
    public static byte[] withXmp(byte[] jpeg, String description) throws IOException {
        String xmp =
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:mwg-rs=\"http://www.metadataworkinggroup.com/schemas/regions/\">"
                        + (description == null
                                ? ""
                                : "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + description
                                        + "</rdf:li></rdf:Alt></dc:description>")
                        + "<mwg-rs:Regions><rdf:Bag><rdf:li><mwg-rs:Name>Le Thi Duoc Gan The</mwg-rs:Name></rdf:li></rdf:Bag>"
                        + "</mwg-rs:Regions></rdf:Description></rdf:RDF></x:xmpmeta>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
        return out.toByteArray();
    }

    /** Whether the bytes still carry a location, an owner, a serial number or a tagged name anywhere. */
    public static boolean identifies(byte[] jpeg) throws IOException {
        String raw = new String(jpeg, StandardCharsets.ISO_8859_1);
        if (raw.contains("Tran Van Chu May") || raw.contains("SN-4455667788") || raw.contains("Le Thi Duoc Gan The")) {
            return true;
        }
        return Imaging.getMetadata(jpeg) instanceof JpegImageMetadata m
                && m.getExif() != null
                && m.getExif().getGpsInfo() != null;
    }
}
