package id.netral.console.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * How often one address may use a public form: a token bucket per address, holding up to
 * {@code burst} uses and given one more every {@code every}. Kept in the pod's memory: behind n
 * replicas an address gets up to n times the allowance, accepted for a limit meant against floods
 * and guessing, not for accounting. At most {@code maxAddresses} buckets are kept; past that the
 * full ones (addresses idle long enough to be back at their allowance) are dropped first.
 */
public final class RateLimit {
    private static final Logger LOG = Logger.getLogger(RateLimit.class);

    private final int burst;
    private final long everyNanos;
    private final int maxAddresses;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int burst, Duration every, int maxAddresses) {
        if (burst < 1 || every.isNegative() || every.isZero() || maxAddresses < 1) {
            throw new IllegalArgumentException("a rate limit needs a burst ≥ 1, a positive period and room for an address");
        }
        this.burst = burst;
        this.everyNanos = every.toNanos();
        this.maxAddresses = maxAddresses;
    }

    /**
     * One use by {@code address} at {@code nowNanos} (System.nanoTime()): empty when allowed (and
     * counted), else how long until the next use would be.
     */
    public Optional<Duration> take(String address, long nowNanos) {
        if (buckets.size() >= maxAddresses && !buckets.containsKey(address)) {
            dropFull(nowNanos);
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            bucket.refill(nowNanos, burst, everyNanos);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * everyNanos)));
        }
    }

    /** How many addresses are tracked now. */
    public int addresses() {
        return buckets.size();
    }

    private void dropFull(long nowNanos) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(nowNanos, burst, everyNanos);
                return e.getValue().tokens >= burst;
            }
        });
        if (buckets.size() >= maxAddresses) {
            // every address still busy: forget them all rather than grow without bound (each gets its burst again)
            LOG.warnf("rate limit: %d addresses all busy, forgetting them", buckets.size());
            buckets.clear();
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(int tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, int burst, long everyNanos) {
            if (now > at) {
                tokens = Math.min(burst, tokens + (double) (now - at) / everyNanos);
                at = now;
            }
        }
    }
}
