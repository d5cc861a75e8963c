package vn.chibo.members.importing;

import java.io.ByteArrayOutputStream;

/** A byte buffer whose array can be read without a copy. */
final class Bytes extends ByteArrayOutputStream {
    Bytes() {
        super(1 << 20);
    }

    byte[] buffer() {
        return buf;
    }

    void writeShort(int v) {
        write(v >>> 8);
        write(v);
    }

    void writeInt(int v) {
        write(v >>> 24);
        write(v >>> 16);
        write(v >>> 8);
        write(v);
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    /** Unsynchronized: only the importing thread writes. */
    @Override
    public void write(int b) {
        if (count == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        buf[count++] = (byte) b;
    }
}
