package vn.chibo.members.importing;

import java.time.LocalDate;
import java.util.Arrays;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberParticulars;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.InvalidInputException;

/**
 * Reads an import file's rows: the header row tells which cell holds which {@link ImportColumn}, and every row after
 * it becomes the draft of a member's record (checked afterwards by the record's rules).
 */
final class ImportRows {

    private static final ImportColumn[] COLUMNS = ImportColumn.values();

    private final OrganizationId organization;
    private final CellValues cells = new CellValues();
    private int[] columnIndex;

    ImportRows(OrganizationId organization) {
        this.organization = organization;
    }

    boolean headerRead() {
        return columnIndex != null;
    }

    /** Reads the header row; a file without a required column is refused on the field {@code file}. */
    void header(String[] row) {
        columnIndex = new int[COLUMNS.length];
        Arrays.fill(columnIndex, -1);
        for (int i = 0; i < row.length; i++) {
            ImportColumn column = ImportColumn.byHeader(row[i]);
            if (column != null && columnIndex[column.ordinal()] < 0) {
                columnIndex[column.ordinal()] = i;
            }
        }
        for (ImportColumn column : COLUMNS) {
            if (column.required() && columnIndex[column.ordinal()] < 0) {
                throw new InvalidInputException("file", "import.file.missingColumn", column.header());
            }
        }
    }

    /** The column whose cell in this row was too large to keep, if one was. */
    ImportColumn oversized(String[] row, boolean[] oversized) {
        for (ImportColumn column : COLUMNS) {
            int index = columnIndex[column.ordinal()];
            if (index >= 0 && index < row.length && oversized[index]) {
                return column;
            }
        }
        return null;
    }

    /** The row as a draft of a member's record, its cells read as the columns' values (not yet checked). */
    MemberDraft draft(String[] row) {
        Object[] values = new Object[MemberField.values().length];
        for (ImportColumn column : COLUMNS) {
            int index = columnIndex[column.ordinal()];
            if (index >= 0 && index < row.length) {
                MemberField field = column.member();
                values[field.ordinal()] = value(field, row[index]);
            }
        }
        return new MemberDraft(
                organization,
                MemberParticulars.of(field -> values[field.ordinal()]),
                (LocalDate) values[MemberField.ADMISSION_DATE.ordinal()],
                null,
                (LocalDate) values[MemberField.CEREMONY_DATE.ordinal()],
                (LocalDate) values[MemberField.OFFICIAL_DATE.ordinal()]);
    }

    /** A cell as the field's value: text as it is, a date or a code read from what people type. */
    private Object value(MemberField field, String cell) {
        Class<?> type = field.type();
        if (type == LocalDate.class) {
            return CellValues.date(field.property(), cell);
        }
        if (type == Gender.class) {
            return cells.gender(field.property(), cell);
        }
        if (type == PoliticalTheoryLevel.class) {
            return cells.theoryLevel(field.property(), cell);
        }
        if (type == String.class) {
            return cell;
        }
        throw new IllegalStateException("No import reading for " + field + " (" + type.getSimpleName() + ")");
    }

    static boolean isBlank(String[] row) {
        for (String cell : row) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
