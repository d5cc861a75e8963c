package vn.chibo.members.importing;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.copy.CopyIn;

/**
 * Sends COPY data to PostgreSQL on a thread of its own, so that reading and checking the next rows (on the importing
 * thread) overlaps with the server storing the previous ones (on the other core). The queue is bounded: at most
 * {@value #QUEUED} chunks wait, so memory stays flat whatever the file's size.
 */
final class CopyWriter {

    private static final int QUEUED = 16;
    private static final byte[] END = new byte[0];

    private final CopyIn copy;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private long waitNanos;

    CopyWriter(CopyIn copy) {
        this.copy = copy;
        this.thread = new Thread(this::run, "member-import-copy");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                byte[] chunk = queue.take();
                if (chunk == END || aborted) {
                    return;
                }
                copy.writeToCopy(chunk, 0, chunk.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure = e;
            queue.clear();
        }
    }

    /** Queues a chunk; waits while the queue is full (the server is the slower side). */
    void write(byte[] chunk) {
        long started = System.nanoTime();
        try {
            while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
        waitNanos += System.nanoTime() - started;
        check();
    }

    /** Waits until everything queued has been sent; the caller then ends the COPY. */
    void finish() {
        write(END);
        join();
        check();
    }

    /** Stops sending (after a failure or a cancel); the caller then cancels the COPY. */
    void abort() {
        aborted = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    /** Time the importing thread waited for the server, in nanoseconds. */
    long waitNanos() {
        return waitNanos;
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    private void check() {
        Throwable t = failure;
        if (t != null) {
            throw new IllegalStateException("COPY into members.member failed", t);
        }
    }
}
