package vn.chibo.members.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Finds, as the rows stream, a row that repeats an earlier row of the same file: by citizen id, or by name and birth
 * date. Keys are kept as bytes in {@link KeyIndex}es, so that a million rows fit in memory.
 */
final class FileDuplicates {

    private final KeyIndex citizenIds = new KeyIndex();
    private final KeyIndex namesAndBirthDates = new KeyIndex();
    private final byte[] keyBuffer = new byte[4096];

    /** The earlier row with this citizen id, or 0 (the row is remembered for later ones). */
    int citizenIdFirstRow(String citizenId, int row) {
        if (citizenId == null) {
            return 0;
        }
        int n = citizenId.length();
        for (int i = 0; i < n; i++) {
            keyBuffer[i] = (byte) citizenId.charAt(i);
        }
        return citizenIds.firstRow(keyBuffer, n, row);
    }

    /** The earlier row with this folded name and birth date, or 0 (the row is remembered for later ones). */
    int nameFirstRow(String nameFold, LocalDate birthDate, int row) {
        byte[] name = nameFold.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, keyBuffer, 0, name.length);
        int day = (int) birthDate.toEpochDay();
        keyBuffer[name.length] = (byte) (day >>> 24);
        keyBuffer[name.length + 1] = (byte) (day >>> 16);
        keyBuffer[name.length + 2] = (byte) (day >>> 8);
        keyBuffer[name.length + 3] = (byte) day;
        return namesAndBirthDates.firstRow(keyBuffer, name.length + 4, row);
    }
}
