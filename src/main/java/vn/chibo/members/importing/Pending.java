package vn.chibo.members.importing;

import java.time.LocalDate;

/** Valid rows waiting for the check against existing members, with their COPY lines. */
final class Pending {

    /** Rows checked against existing members in one query. */
    static final int BATCH = 2048;

    final int[] rows = new int[BATCH];
    final String[] citizenIds = new String[BATCH];
    final String[] names = new String[BATCH];
    final LocalDate[] birthDates = new LocalDate[BATCH];
    final int[] citizenFirst = new int[BATCH];
    final int[] nameFirst = new int[BATCH];
    final int[] starts = new int[BATCH];
    final Bytes bytes = new Bytes();
    int size;

    void add(int row, String citizenId, String name, LocalDate birthDate, int citizen, int nameRow, int start) {
        rows[size] = row;
        citizenIds[size] = citizenId;
        names[size] = name;
        birthDates[size] = birthDate;
        citizenFirst[size] = citizen;
        nameFirst[size] = nameRow;
        starts[size] = start;
        size++;
    }

    void clear() {
        java.util.Arrays.fill(citizenIds, 0, size, null);
        java.util.Arrays.fill(names, 0, size, null);
        java.util.Arrays.fill(birthDates, 0, size, null);
        size = 0;
        bytes.reset();
    }
}
