package vn.chibo.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Recognises office documents by what their ZIP container holds, not by their name: Office Open XML (the
 * {@code [Content_Types].xml} part and a {@code word/}, {@code xl/} or {@code ppt/} folder) and OpenDocument (a first
 * entry {@code mimetype} naming the type). Only the ZIP's central directory (the list of entry names at its end) and the
 * first hundred bytes of the mimetype entry are read: no other entry is ever inflated, so a ZIP bomb costs nothing. A plain ZIP, a ZIP64 or anything else is refused.
 */
final class OfficeDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private static final int MAX_ENTRIES = 2_000;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_ENTRY = 0x04034b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private OfficeDocuments() {}

    static String detect(byte[] bytes) {
        int end = endOfDirectory(bytes);
        if (end < 0) {
            return null;
        }
        int entries = u16(bytes, end + 10);
        long offset = u32(bytes, end + 16);
        if (offset >= end) {
            // A ZIP64 archive (0xFFFFFFFF) or a directory that is not where the archive says: no office document.
            return null;
        }
        boolean contentTypes = false;
        String folder = null;
        int at = (int) offset;
        for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
            if (at + 46 > end || u32(bytes, at) != DIRECTORY_ENTRY) {
                return null;
            }
            int method = u16(bytes, at + 10);
            long size = u32(bytes, at + 20);
            int nameLength = u16(bytes, at + 28);
            int next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
            if (next > end) {
                return null;
            }
            String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            if (i == 0 && name.equals("mimetype")) {
                return openDocumentType(bytes, u32(bytes, at + 42), method, size);
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
            at = next;
        }
        return null;
    }

    /**
     * The type the mimetype entry names, if it is one of OpenDocument's. The format stores it uncompressed; a
     * compressed one is inflated to its first hundred bytes at most.
     */
    private static String openDocumentType(byte[] bytes, long localOffset, int method, long size) {
        if (localOffset + 30 > bytes.length || u32(bytes, (int) localOffset) != LOCAL_ENTRY) {
            return null;
        }
        int start = (int) localOffset + 30 + u16(bytes, (int) localOffset + 26) + u16(bytes, (int) localOffset + 28);
        int length = (int) Math.min(size, bytes.length - (long) start);
        if (start > bytes.length || length < 0) {
            return null;
        }
        byte[] head = new byte[100];
        int read;
        if (method == STORED) {
            read = Math.min(length, head.length);
            System.arraycopy(bytes, start, head, 0, read);
        } else if (method == DEFLATED) {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(bytes, start, length);
                read = inflater.inflate(head);
            } catch (DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
        } else {
            return null;
        }
        String mime = new String(head, 0, read, StandardCharsets.US_ASCII).strip();
        return switch (mime) {
            case ODT, ODS, ODP -> mime;
            default -> null;
        };
    }

    /** Where the end-of-central-directory record starts (searched from the end, past a comment), or -1. */
    private static int endOfDirectory(byte[] bytes) {
        int lowest = Math.max(0, bytes.length - 22 - 0xFFFF);
        for (int at = bytes.length - 22; at >= lowest; at--) {
            if (u32(bytes, at) == END_OF_DIRECTORY && at + 22 + u16(bytes, at + 20) == bytes.length) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
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
