package vn.chibo.members.importing;

/** Receives the rows of a sheet in order; cells are null when empty. */
interface RowHandler {

    /** One row; {@code rowNumber} counts from 1 as a spreadsheet shows it; {@code oversized} marks too-long cells. */
    void row(int rowNumber, String[] cells, boolean[] oversized);
}
