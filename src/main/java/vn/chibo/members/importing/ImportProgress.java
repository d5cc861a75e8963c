package vn.chibo.members.importing;

import java.util.concurrent.atomic.AtomicLong;

/** The live state of an import, read by the progress bar and written by the importer; cancellable. */
public final class ImportProgress {

    /** The steps of an import. */
    public enum Stage {
        QUEUED,
        READING,
        CHECKING,
        WRITING,
        DONE,
        FAILED,
        CANCELLED
    }

    private final AtomicLong rows = new AtomicLong();
    private volatile long perMille;
    private volatile Stage stage = Stage.QUEUED;
    private volatile boolean cancelRequested;
    private volatile ImportResult result;
    private volatile String failure;

    public long rows() {
        return rows.get();
    }

    void row() {
        rows.incrementAndGet();
    }

    /** 0–100; reading is the first 90 %. */
    public int percent() {
        return switch (stage) {
            case QUEUED -> 0;
            case READING -> (int) (perMille * 90 / 1000);
            case CHECKING -> 92;
            case WRITING -> 96;
            case DONE, FAILED, CANCELLED -> 100;
        };
    }

    void read(long value) {
        perMille = value;
    }

    public Stage stage() {
        return stage;
    }

    void stage(Stage value) {
        stage = value;
    }

    public boolean finished() {
        return stage == Stage.DONE || stage == Stage.FAILED || stage == Stage.CANCELLED;
    }

    public void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    public ImportResult result() {
        return result;
    }

    void finish(ImportResult value) {
        result = value;
        stage = value.cancelled() ? Stage.CANCELLED : Stage.DONE;
    }

    /** The message of a file-level failure, already in the user's language. */
    public String failure() {
        return failure;
    }

    void fail(String message) {
        failure = message;
        stage = Stage.FAILED;
    }
}
