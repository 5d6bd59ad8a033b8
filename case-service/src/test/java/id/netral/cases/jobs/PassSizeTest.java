package id.netral.cases.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PassSizeTest {

    @Test
    void failedCallsHalveThePassDownToOneEventAndQuickPassesDoubleItBackToTheSetting() {
        PassSize size = new PassSize(500);
        assertThat(size.next()).isEqualTo(500);
        size.failed();
        assertThat(size.next()).isEqualTo(250);
        for (int i = 0; i < 20; i++) {
            size.failed();
        }
        assertThat(size.next()).isEqualTo(1);
        int[] growth = new int[11];
        for (int i = 0; i < growth.length; i++) {
            size.wentThrough(Duration.ofMillis(20));
            growth[i] = size.next();
        }
        assertThat(growth).containsExactly(2, 4, 8, 16, 32, 64, 128, 256, 500, 500, 500);
    }

    @Test
    void slowPassesShrinkThePassTowardsASecondsWorthAtMostHalfAtATime() {
        PassSize size = new PassSize(500);
        size.wentThrough(Duration.ofMillis(3_500)); // under load: 500 events in 3.5 s, 143 a second
        assertThat(size.next()).isEqualTo(250);
        size.wentThrough(Duration.ofMillis(1_750));
        assertThat(size.next()).isEqualTo(142);
        size.wentThrough(Duration.ofMillis(1_000));
        assertThat(size.next()).isEqualTo(142);
        size.wentThrough(Duration.ofMillis(800)); // the receiver eases: grows by what the time allows
        assertThat(size.next()).isEqualTo(177);
    }

    @Test
    void aPassWithoutEventsIsRefused() {
        assertThatThrownBy(() -> new PassSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
