package id.netral.common.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * One job's view of a database outage, as plain state (tested without the service): the first
 * failed tick starts the outage and says so once; then ticks are let through only after a wait
 * that doubles from one second to a minute, and the first tick that works again says how long it
 * lasted. Between the two lines nothing is logged: before, every tick logged a stack trace (over
 * 20 MB per service in eleven minutes).
 */
public final class OutageWatch {
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final String job;
    private long startedAtMs = -1;
    private long nextTryAtMs;
    private int failures;
    private long skipped;

    public OutageWatch(String job) {
        this.job = job;
    }

    /** Whether a tick at {@code nowMs} should run; false while waiting between tries, and counted. */
    public synchronized boolean due(long nowMs) {
        if (startedAtMs < 0 || nowMs >= nextTryAtMs) {
            return true;
        }
        skipped++;
        return false;
    }

    /** A tick failed because the database is unreachable; the line to log when this starts an outage. */
    public synchronized Optional<String> failed(long nowMs, String cause) {
        boolean starts = startedAtMs < 0;
        if (starts) {
            startedAtMs = nowMs;
            failures = 0;
        }
        failures++;
        nextTryAtMs = nowMs + BACKOFF.after(failures).toMillis();
        if (!starts) {
            return Optional.empty();
        }
        return Optional.of(job + ": the database cannot be reached (" + cause + "); the job waits and tries again after "
                + BACKOFF.after(1).toSeconds() + " s, doubling up to " + BACKOFF.max().toSeconds() + " s, and says here when it is back");
    }

    /** A tick worked; the line to log when this ends an outage. */
    public synchronized Optional<String> succeeded(long nowMs) {
        if (startedAtMs < 0) {
            return Optional.empty();
        }
        String line = job + ": the database is reachable again after " + Duration.ofMillis(nowMs - startedAtMs).toSeconds() + " s ("
                + skipped + " ticks skipped)";
        startedAtMs = -1;
        skipped = 0;
        return Optional.of(line);
    }

    /** The wait before the next try; for tests. */
    synchronized Duration currentWait() {
        return BACKOFF.after(failures);
    }
}
