package vn.chibo.members.importing;

import java.util.Arrays;
import vn.chibo.members.MemberDraft;
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
        String[] v = new String[COLUMNS.length];
        for (ImportColumn column : COLUMNS) {
            int index = columnIndex[column.ordinal()];
            if (index >= 0 && index < row.length) {
                v[column.ordinal()] = row[index];
            }
        }
        return new MemberDraft(
                organization,
                v[ImportColumn.FULL_NAME.ordinal()],
                null,
                null,
                cells.gender("gender", v[ImportColumn.GENDER.ordinal()]),
                CellValues.date("birthDate", v[ImportColumn.BIRTH_DATE.ordinal()]),
                null,
                v[ImportColumn.HOME_TOWN.ordinal()],
                null,
                v[ImportColumn.PERMANENT_RESIDENCE.ordinal()],
                null,
                v[ImportColumn.ETHNICITY.ordinal()],
                v[ImportColumn.RELIGION.ordinal()],
                v[ImportColumn.CITIZEN_ID.ordinal()],
                null,
                v[ImportColumn.GENERAL_EDUCATION.ordinal()],
                v[ImportColumn.QUALIFICATION.ordinal()],
                null,
                cells.theoryLevel("theoryLevel", v[ImportColumn.THEORY_LEVEL.ordinal()]),
                null,
                null,
                null,
                v[ImportColumn.JOB.ordinal()],
                v[ImportColumn.POSITION.ordinal()],
                true,
                null,
                null,
                CellValues.date("admissionDate", v[ImportColumn.ADMISSION_DATE.ordinal()]),
                null,
                CellValues.date("ceremonyDate", v[ImportColumn.CEREMONY_DATE.ordinal()]),
                null,
                CellValues.date("officialDate", v[ImportColumn.OFFICIAL_DATE.ordinal()]),
                v[ImportColumn.BIOGRAPHY_NUMBER.ordinal()],
                v[ImportColumn.CARD_NUMBER.ordinal()]);
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
