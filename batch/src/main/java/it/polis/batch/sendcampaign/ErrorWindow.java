package it.polis.batch.sendcampaign;

/** The outcome of the last N sends: the failure rate over them, once at least minSample were made. */
final class ErrorWindow {

    private final boolean[] failed;
    private final int minSample;
    private int count;
    private int next;
    private int failures;

    ErrorWindow(int size, int minSample) {
        this.failed = new boolean[Math.max(1, size)];
        this.minSample = Math.max(1, Math.min(minSample, failed.length));
    }

    void record(boolean failure) {
        if (count == failed.length) {
            if (failed[next]) {
                failures--;
            }
        } else {
            count++;
        }
        failed[next] = failure;
        if (failure) {
            failures++;
        }
        next = (next + 1) % failed.length;
    }

    /** Failures among the recorded sends, in percent (0 until minSample sends were made). */
    int percent() {
        return count < minSample ? 0 : failures * 100 / count;
    }

    /** True when the failure rate is above the threshold (percent). */
    boolean exceeds(int thresholdPercent) {
        return count >= minSample && failures * 100 > thresholdPercent * count;
    }

    int size() {
        return count;
    }
}
