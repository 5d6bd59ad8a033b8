package id.netral.notification.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a failed attempt, for webhooks and e-mail alike: the configured waits in
 * order, each with jitter of ±20 % so that receivers that failed together are not retried together;
 * after the last wait's attempt, no more.
 */
public final class RetrySchedule {

    private RetrySchedule() {
    }

    /** The wait before the attempt after attempt {@code attempt} (1-based); empty when that was the last. */
    public static Optional<Duration> after(int attempt, List<Duration> delays) {
        return attempt <= delays.size() ? Optional.of(jittered(delays.get(attempt - 1))) : Optional.empty();
    }

    static Duration jittered(Duration delay) {
        double factor = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }
}
