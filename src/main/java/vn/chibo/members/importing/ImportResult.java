package vn.chibo.members.importing;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): members imported, rows rejected, and the first errors with row,
 * column and reason. {@code errorsShown < rejected} when the list was cut.
 */
public record ImportResult(
        long imported, long rejected, long rows, boolean dryRun, boolean cancelled, List<ImportError> errors) {

    /** One rejected row: its number as a spreadsheet shows it, the column header and the reason. */
    public record ImportError(int row, String column, String message) {}
}
