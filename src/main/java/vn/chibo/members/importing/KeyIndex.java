package vn.chibo.members.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remembers the first row of each key seen in an import file, compactly (about 30 bytes per key plus the key's bytes,
 * against some 130 bytes for a {@code HashMap<String, Integer>}), so that duplicates inside a file of a million rows
 * are found in memory while the rows stream. Keys are compared byte for byte: a hash collision never makes a false
 * duplicate.
 */
final class KeyIndex {

    private static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;

    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page;
    private int pagePosition;
    private int[] hashes;
    private int[] offsets;
    private int[] rows;
    private int size;
    private int mask;

    KeyIndex() {
        allocate(1 << 12);
    }

    private void allocate(int capacity) {
        hashes = new int[capacity];
        offsets = new int[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
    }

    /** The row first seen with this key, or 0 if it is new (then {@code row} is remembered for it). */
    int firstRow(byte[] key, int length, int row) {
        int hash = hash(key, length);
        int slot = hash & mask;
        while (rows[slot] != 0) {
            if (hashes[slot] == hash && equal(offsets[slot], key, length)) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        offsets[slot] = store(key, length);
        rows[slot] = row;
        if (++size * 10L > (mask + 1) * 6L) {
            grow();
        }
        return 0;
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldOffsets = offsets;
        int[] oldRows = rows;
        allocate((mask + 1) * 2);
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                offsets[slot] = oldOffsets[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** Stores the key with a two-byte length prefix; keys never span pages. */
    private int store(byte[] key, int length) {
        if (page == null || pagePosition + length + 2 > PAGE) {
            page = new byte[Math.max(PAGE, length + 2)];
            pages.add(page);
            pagePosition = 0;
        }
        int offset = ((pages.size() - 1) << PAGE_BITS) | pagePosition;
        page[pagePosition++] = (byte) (length >>> 8);
        page[pagePosition++] = (byte) length;
        System.arraycopy(key, 0, page, pagePosition, length);
        pagePosition += length;
        return offset;
    }

    private boolean equal(int offset, byte[] key, int length) {
        byte[] stored = pages.get(offset >>> PAGE_BITS);
        int position = offset & (PAGE - 1);
        int storedLength = ((stored[position] & 0xff) << 8) | (stored[position + 1] & 0xff);
        return storedLength == length && Arrays.equals(stored, position + 2, position + 2 + length, key, 0, length);
    }

    private static int hash(byte[] key, int length) {
        int h = 0x9747b28c ^ length;
        for (int i = 0; i < length; i++) {
            h = (h ^ key[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
