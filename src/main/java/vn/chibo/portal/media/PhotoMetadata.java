package vn.chibo.portal.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegPhotoshopMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.MicrosoftTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfo;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.chibo.portal.content.SubmissionChecks;

/**
 * What a JPEG photo's own metadata says, and what is taken out of it before the portal publishes it. A phone's photo
 * carries where it was taken (GPS), often its owner's name and the camera's serial number, and in XMP the names of the
 * people its faces were tagged with: all removed, losslessly (the picture's bytes are not encoded again). Kept: the
 * orientation (a phone stores a portrait photo lying on its side and says how to turn it), the date, the camera's make
 * and the description, which is offered as the image's alternative text and caption when the editor gave none.
 */
final class PhotoMetadata {

    /** Descriptions cameras and phones write by themselves, which say nothing about the picture. */
    private static final Set<String> CAMERA_DEFAULTS = Set.of(
            "olympus digital camera",
            "sony dsc",
            "digital camera",
            "default",
            "dcim",
            "camera",
            "image",
            "picture",
            "photo",
            "untitled",
            "screenshot",
            "samsung",
            "lg electronics",
            "konica minolta digital camera",
            "minolta digital camera",
            "exif_jpeg_picture",
            "exif jpeg picture");

    /** The longest description taken as the image's text; a longer one is cut at a word. */
    static final int MAX_DESCRIPTION = 300;

    /** EXIF tags that name or identify a person or a device, removed with the GPS directory. */
    private static final List<TagInfo> IDENTIFYING = List.of(
            ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME,
            ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER,
            ExifTagConstants.EXIF_TAG_LENS_SERIAL_NUMBER,
            ExifTagConstants.EXIF_TAG_MAKER_NOTE,
            ExifTagConstants.EXIF_TAG_IMAGE_UNIQUE_ID);

    private PhotoMetadata() {}

    /**
     * The photo as it will be stored: {@code bytes} without what identifies a person or a place, its EXIF orientation
     * (1 to 8; 1 when it says none), whether anything identifying was removed, and the description it carried (null
     * when none says anything).
     */
    record Cleaned(byte[] bytes, int orientation, boolean identifyingRemoved, String description) {}

    /** Cleans a JPEG; any other file, or a JPEG whose metadata cannot be read, is returned as it came. */
    static Cleaned clean(byte[] jpeg) {
        ImageMetadata metadata;
        try {
            metadata = Imaging.getMetadata(jpeg);
        } catch (IOException | RuntimeException e) {
            return new Cleaned(jpeg, 1, false, null);
        }
        JpegImageMetadata photo = metadata instanceof JpegImageMetadata m ? m : null;
        TiffImageMetadata exif = photo == null ? null : photo.getExif();
        String xmp = xmp(jpeg);
        String description = description(photo, xmp);
        int orientation = orientation(photo);
        byte[] bytes = jpeg;
        boolean removed = false;
        try {
            if (exif != null && identifying(exif)) {
                bytes = withoutIdentifyingExif(bytes, exif);
                removed = true;
            }
            if (xmp != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
                new JpegXmpRewriter().removeXmpXml(bytes, out);
                bytes = out.toByteArray();
                removed = true;
            }
        } catch (IOException | RuntimeException e) {
            // What cannot be rewritten is not published with its location: the photo is refused by the caller's
            // decoding if it is damaged, else kept without any EXIF at all.
            bytes = withoutExif(jpeg);
            removed = true;
            orientation = 1;
        }
        return new Cleaned(bytes, orientation, removed, description);
    }

    /**
     * The image as it is meant to be seen: {@code pixels} turned and mirrored as EXIF orientation {@code orientation}
     * says (6: a quarter turn clockwise, 8: anticlockwise, 3: a half turn; 2, 4, 5 and 7 mirrored as well).
     */
    static BufferedImage upright(BufferedImage pixels, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return pixels;
        }
        int w = pixels.getWidth();
        int h = pixels.getHeight();
        boolean turned = orientation >= 5;
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12, as AffineTransform(m00, m10, m01, m11, m02, m12).
        AffineTransform t =
                switch (orientation) {
                    case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
                    case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
                    case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
                    case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
                    case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
                    case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
                    default -> new AffineTransform(0, -1, 1, 0, 0, w);
                };
        int type = pixels.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : pixels.getType();
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(pixels, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean identifying(TiffImageMetadata exif) {
        if (exif.findDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_GPS) != null) {
            return true;
        }
        for (TagInfo tag : IDENTIFYING) {
            try {
                if (exif.findField(tag) != null) {
                    return true;
                }
            } catch (ImagingException e) {
                return true;
            }
        }
        return false;
    }

    /** The EXIF without its GPS directory and the tags that identify a person or a device, the rest kept. */
    private static byte[] withoutIdentifyingExif(byte[] jpeg, TiffImageMetadata exif) throws IOException {
        TiffOutputSet all = exif.getOutputSet();
        TiffOutputSet kept = new TiffOutputSet(all.byteOrder);
        for (TiffOutputDirectory directory : all.getDirectories()) {
            if (directory.getType() != TiffDirectoryConstants.DIRECTORY_TYPE_GPS) {
                kept.addDirectory(directory);
            }
        }
        IDENTIFYING.forEach(kept::removeField);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, kept);
        return out.toByteArray();
    }

    private static byte[] withoutExif(byte[] jpeg) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
            new ExifRewriter().removeExifMetadata(jpeg, out);
            ByteArrayOutputStream noXmp = new ByteArrayOutputStream(jpeg.length);
            new JpegXmpRewriter().removeXmpXml(out.toByteArray(), noXmp);
            return noXmp.toByteArray();
        } catch (IOException | RuntimeException e) {
            return jpeg;
        }
    }

    private static int orientation(JpegImageMetadata photo) {
        if (photo == null) {
            return 1;
        }
        try {
            TiffField field = photo.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
            int value = field == null ? 1 : field.getIntValue();
            return value >= 1 && value <= 8 ? value : 1;
        } catch (ImagingException | RuntimeException e) {
            return 1;
        }
    }

    private static String xmp(byte[] jpeg) {
        try {
            return Imaging.getXmpXml(jpeg);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The first description that says something: EXIF's, Windows' title, subject and comment, IPTC's caption, XMP's
     * description and title; one that is a camera's default or a file name is passed over.
     */
    static String description(JpegImageMetadata photo, String xmp) {
        List<String> candidates = new ArrayList<>();
        if (photo != null) {
            candidates.add(ascii(photo, TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION));
            candidates.add(windows(photo, MicrosoftTagConstants.EXIF_TAG_XPTITLE));
            candidates.add(windows(photo, MicrosoftTagConstants.EXIF_TAG_XPSUBJECT));
            candidates.add(windows(photo, MicrosoftTagConstants.EXIF_TAG_XPCOMMENT));
            candidates.add(iptcCaption(photo.getPhotoshop()));
        }
        candidates.addAll(xmpTexts(xmp));
        for (String candidate : candidates) {
            String text = meaningful(candidate);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** The text, tidied, unless it says nothing about the picture. */
    static String meaningful(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        if (s.isEmpty()
                || s.codePoints().noneMatch(Character::isLetter)
                || CAMERA_DEFAULTS.contains(s.toLowerCase(Locale.ROOT))
                || SubmissionChecks.looksLikeFileName(s)) {
            return null;
        }
        if (s.length() > MAX_DESCRIPTION) {
            int cut = s.lastIndexOf(' ', MAX_DESCRIPTION - 1);
            s = s.substring(0, cut > MAX_DESCRIPTION / 2 ? cut : MAX_DESCRIPTION - 1)
                            .strip() + "…";
        }
        return s;
    }

    private static String ascii(JpegImageMetadata photo, TagInfo tag) {
        try {
            TiffField field = photo.findExifValueWithExactMatch(tag);
            if (field == null) {
                return null;
            }
            // EXIF's ASCII fields are written as UTF-8 by today's software; the library reads them byte by byte.
            byte[] raw = field.getByteArrayValue();
            int end = raw.length;
            while (end > 0 && raw[end - 1] == 0) {
                end--;
            }
            return new String(raw, 0, end, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String windows(JpegImageMetadata photo, TagInfo tag) {
        try {
            TiffField field = photo.findExifValueWithExactMatch(tag);
            if (field == null) {
                return null;
            }
            byte[] raw = field.getByteArrayValue();
            return new String(raw, StandardCharsets.UTF_16LE).replace("\u0000", "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String iptcCaption(JpegPhotoshopMetadata iptc) {
        if (iptc == null || iptc.photoshopApp13Data == null) {
            return null;
        }
        for (IptcRecord record : iptc.photoshopApp13Data.getRecords()) {
            if (record.iptcType == IptcTypes.CAPTION_ABSTRACT) {
                return record.getValue();
            }
        }
        return null;
    }

    /** XMP's dc:description, then dc:title (each an rdf:Alt of languages: the first one). */
    private static List<String> xmpTexts(String xmp) {
        if (xmp == null || xmp.isBlank()) {
            return List.of();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            Document document =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
            List<String> texts = new ArrayList<>();
            for (String name : List.of("description", "title")) {
                NodeList nodes = document.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", name);
                for (int i = 0; i < nodes.getLength(); i++) {
                    NodeList items = ((Element) nodes.item(i))
                            .getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li");
                    texts.add(
                            items.getLength() > 0
                                    ? items.item(0).getTextContent()
                                    : nodes.item(i).getTextContent());
                }
            }
            return texts;
        } catch (Exception e) {
            return List.of();
        }
    }
}
