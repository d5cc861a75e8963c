package vn.chibo.members.importing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationId;

/**
 * An imported row as COPY's binary format has it: the organization, the name keys the application derives, every
 * column of the import file ({@link ImportColumn}, as its {@link vn.chibo.members.MemberField} stores it) and the status.
 */
final class CopyFormat {

    private CopyFormat() {}

    /** The signature, flags and header extension length that start COPY's binary format. */
    static final byte[] BINARY_HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };

    private static final ImportColumn[] COLUMNS = ImportColumn.values();

    /** The columns COPY writes, in the order {@link #encode} writes them. */
    static final String COPY = "COPY members.member (organization_id, given_name, name_fold, status, "
            + Arrays.stream(COLUMNS).map(c -> c.member().column()).collect(Collectors.joining(", "))
            + ") FROM STDIN (FORMAT binary)";

    private static final short FIELDS = (short) (4 + COLUMNS.length);

    /** 2000-01-01, day 0 of PostgreSQL's dates. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    /** One row: the field count, then each field's length and bytes (-1 for NULL). */
    static void encode(Bytes out, OrganizationId organization, MemberDraft d, String nameFold) {
        out.writeShort(FIELDS);
        out.writeInt(8);
        out.writeLong(organization.value());
        text(out, VietnameseText.givenName(d.particulars().fullName()));
        text(out, nameFold);
        text(out, d.status().name());
        for (ImportColumn column : COLUMNS) {
            Object value = column.member().valueOf(d);
            if (value instanceof LocalDate date) {
                date(out, date);
            } else {
                text(out, (String) value);
            }
        }
    }

    /** A date as PostgreSQL's binary format has it: days since 1 January 2000. */
    private static void date(Bytes out, LocalDate value) {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(4);
        out.writeInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    /** A text field: its length, then its UTF-8 bytes (a lone surrogate becomes '?', as String.getBytes does). */
    private static void text(Bytes out, String text) {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        int lengthAt = out.size();
        out.writeInt(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out.write('?');
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        out.putInt(lengthAt, out.size() - lengthAt - 4);
    }
}
