package vn.chibo.portal.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises office documents by what their ZIP container holds, not by their name: Office Open XML (the
 * {@code [Content_Types].xml} part and a {@code word/}, {@code xl/} or {@code ppt/} folder) and OpenDocument (a first
 * entry {@code mimetype} naming the type). Only entry names and the small mimetype entry are read, so a ZIP bomb costs
 * nothing; a plain ZIP or anything else is refused.
 */
final class OfficeDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private static final int MAX_ENTRIES = 2_000;

    private OfficeDocuments() {}

    static String detect(byte[] bytes) {
        boolean contentTypes = false;
        String folder = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < MAX_ENTRIES) {
                String name = entry.getName();
                if (count == 1 && name.equals("mimetype")) {
                    byte[] type = zip.readNBytes(100);
                    String mime = new String(type, StandardCharsets.US_ASCII).strip();
                    return switch (mime) {
                        case ODT, ODS, ODP -> mime;
                        default -> null;
                    };
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (folder == null) {
                    if (name.startsWith("word/")) {
                        folder = DOCX;
                    } else if (name.startsWith("xl/")) {
                        folder = XLSX;
                    } else if (name.startsWith("ppt/")) {
                        folder = PPTX;
                    }
                }
                if (contentTypes && folder != null) {
                    return folder;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** A short name of the type for readers: "PDF", "Word", "Excel"… */
    static String label(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "PDF";
            case DOCX -> "Word";
            case XLSX -> "Excel";
            case PPTX -> "PowerPoint";
            case ODT -> "OpenDocument Text";
            case ODS -> "OpenDocument Spreadsheet";
            case ODP -> "OpenDocument Presentation";
            default -> contentType;
        };
    }
}
