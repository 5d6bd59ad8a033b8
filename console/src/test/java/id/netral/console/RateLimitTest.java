package id.netral.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.console.domain.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void anAddressHasItsBurstThenOneUseEachPeriodAndIsToldHowLongToWait() {
        RateLimit limit = new RateLimit(3, Duration.ofSeconds(10), 100);
        long t = 1_000 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("203.0.113.7", t)).as("use " + (i + 1)).isEmpty();
        }
        assertThat(limit.take("203.0.113.7", t)).contains(Duration.ofSeconds(10));
        assertThat(limit.take("203.0.113.7", t + 4 * SECOND)).contains(Duration.ofSeconds(6));
        assertThat(limit.take("203.0.113.7", t + 10 * SECOND)).as("one more after the period").isEmpty();
        assertThat(limit.take("203.0.113.7", t + 10 * SECOND)).isPresent();
        // another address is not held back by the first
        assertThat(limit.take("198.51.100.1", t + 10 * SECOND)).isEmpty();
    }

    @Test
    void aLongIdleAddressIsBackAtItsBurstNotBeyond() {
        RateLimit limit = new RateLimit(2, Duration.ofSeconds(1), 100);
        long t = 0;
        limit.take("a", t);
        limit.take("a", t);
        long later = t + 3_600 * SECOND;
        assertThat(limit.take("a", later)).isEmpty();
        assertThat(limit.take("a", later)).isEmpty();
        assertThat(limit.take("a", later)).as("a burst of two, however long it waited").isPresent();
    }

    @Test
    void theAddressesKeptAreBoundedIdleOnesGoFirst() {
        RateLimit limit = new RateLimit(1, Duration.ofSeconds(1), 3);
        limit.take("idle", 0);
        limit.take("busy-1", 5 * SECOND);
        limit.take("busy-2", 5 * SECOND);
        // at 5.5 s "idle" has its use back, the two busy ones not: room is made by dropping "idle"
        limit.take("new", 5 * SECOND + SECOND / 2);
        assertThat(limit.addresses()).isEqualTo(3);
        assertThat(limit.take("busy-1", 5 * SECOND + SECOND / 2)).as("still counted").isPresent();
    }
}
