package vn.chibo.members.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how much of a stream of known size has been read, in per mille, for the progress bar. */
final class CountingInputStream extends FilterInputStream {

    private final long size;
    private final LongConsumer progress;
    private long count;
    private long reported = -1;

    CountingInputStream(InputStream in, long size, LongConsumer progress) {
        super(in);
        this.size = size;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        count += n;
        if (size > 0) {
            long perMille = Math.min(1000, count * 1000 / size);
            if (perMille != reported) {
                reported = perMille;
                progress.accept(perMille);
            }
        }
    }
}
