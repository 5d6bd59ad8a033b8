package id.netral.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesFromTheFirstUpToTheMax() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofSeconds(300)).as("320 s, capped");
        assertThat(backoff.after(1_000_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void noFailureYetIsTheFirstWait() {
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)).after(0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBackoffThatCannotGrowIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
