package id.netral.cases.jobs;

import java.time.Duration;

/**
 * How many outbox events the relay's next pass claims. Under load notification-service can take
 * longer for a large pass than the relay's client waits (bench/HISTORY.md, S6: passes of 500 timed
 * out one after another, were sent again, and nothing went through while intake ran). So the size
 * aims at passes of about a second, a quarter of the client's 4 s read timeout: after each pass
 * that went through it is scaled by how long that pass took (at most halved or doubled at a time),
 * a pass whose call failed as a whole halves it, never below one event nor above the configured
 * size. Used by one relay run at a time (the job never overlaps itself).
 */
final class PassSize {
    static final Duration AIM = Duration.ofSeconds(1);

    private final int max;
    private int size;

    PassSize(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a relay pass needs at least one event, not " + max);
        }
        this.max = max;
        this.size = max;
    }

    int next() {
        return size;
    }

    /** A pass of {@link #next()} events went through in {@code took}. */
    void wentThrough(Duration took) {
        long tookMillis = Math.max(1, took.toMillis());
        long aimed = size * AIM.toMillis() / tookMillis;
        size = clamp(Math.max(size / 2, Math.min(2L * size, aimed)));
    }

    void failed() {
        size = clamp(size / 2);
    }

    private int clamp(long candidate) {
        return (int) Math.max(1, Math.min(max, candidate));
    }
}
