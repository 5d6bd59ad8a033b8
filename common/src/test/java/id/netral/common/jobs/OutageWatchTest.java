package id.netral.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A job through a database outage, tick by tick: two log lines in all, and waits that grow to a minute. */
class OutageWatchTest {

    @Test
    void aHealthyJobRunsEveryTickAndLogsNothing() {
        OutageWatch watch = new OutageWatch("Relay.run");
        for (long t = 0; t < 10_000; t += 1_000) {
            assertThat(watch.due(t)).isTrue();
            assertThat(watch.succeeded(t)).isEmpty();
        }
    }

    @Test
    void anOutageIsLoggedWhenItStartsAndWhenItEndsAndNotInBetween() {
        OutageWatch watch = new OutageWatch("Relay.run");
        int lines = 0;
        int ran = 0;
        // a tick every second for ten minutes, the database down throughout
        for (long t = 0; t < 600_000; t += 1_000) {
            if (watch.due(t)) {
                ran++;
                lines += watch.failed(t, "Connection refused").isPresent() ? 1 : 0;
            }
        }
        assertThat(lines).as("lines logged during the outage").isEqualTo(1);
        // 1, 2, 4, 8, 16, 32 s, then every 60 s: about 17 tries instead of 600
        assertThat(ran).isBetween(12, 20);
        long tick = 600_000;
        while (!watch.due(tick)) {
            tick += 1_000;
        }
        long back = tick;
        assertThat(watch.succeeded(back)).hasValueSatisfying(line -> assertThat(line)
                .contains("Relay.run", "reachable again after " + back / 1000 + " s", "ticks skipped"));
        assertThat(watch.succeeded(back + 1_000)).as("said once").isEmpty();
    }

    @Test
    void theWaitDoublesFromOneSecondToAMinute() {
        OutageWatch watch = new OutageWatch("Sweeper.sweep");
        assertThat(watch.failed(0, "x")).isPresent();
        assertThat(watch.currentWait()).isEqualTo(Duration.ofSeconds(1));
        assertThat(watch.due(999)).isFalse();
        assertThat(watch.due(1_000)).isTrue();
        watch.failed(1_000, "x");
        assertThat(watch.currentWait()).isEqualTo(Duration.ofSeconds(2));
        long t = 1_000;
        for (int i = 0; i < 10; i++) {
            t += watch.currentWait().toMillis();
            watch.failed(t, "x");
        }
        assertThat(watch.currentWait()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aSecondOutageStartsAgainFromOneSecond() {
        OutageWatch watch = new OutageWatch("Sweeper.sweep");
        watch.failed(0, "x");
        watch.failed(1_000, "x");
        watch.failed(3_000, "x");
        assertThat(watch.succeeded(7_000)).isPresent();
        assertThat(watch.failed(100_000, "y")).as("a new outage is logged again").isPresent();
        assertThat(watch.currentWait()).isEqualTo(Duration.ofSeconds(1));
    }
}
