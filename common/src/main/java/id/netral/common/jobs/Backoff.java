package id.netral.common.jobs;

import java.time.Duration;

/**
 * The one backoff of the suite's retries against something down: a wait that doubles with each
 * failure in a row, from {@code first} up to {@code max}. Used by case-service's outbox relay and
 * its retry of cases filed while a neighbour was down, and by every job through a database outage
 * ({@link OutageWatch}). Webhooks and mail follow instead a schedule their operator configures.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff waits at least a moment and no less than its first wait: " + first + ", " + max);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        long capMillis = max.toMillis();
        long wait = first.toMillis();
        for (int i = 0; i < doublings && wait < capMillis; i++) {
            wait *= 2;
        }
        return Duration.ofMillis(Math.min(wait, capMillis));
    }
}
