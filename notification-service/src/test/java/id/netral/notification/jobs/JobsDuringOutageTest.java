package id.netral.notification.jobs;

import static id.netral.common.testing.LogCapture.from;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.jobs.QuietDuringOutageInterceptor;
import id.netral.common.testing.DatabaseBehindProxyResource;
import id.netral.common.testing.LogCapture;
import id.netral.common.testing.Poll;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable while the three dispatchers tick every second: each job says once that
 * the database is gone and once that it is back, and the scheduler logs no error per tick.
 * Before: a stack trace from each job every tick (over 20 MB per service in eleven minutes).
 */
@QuarkusTest
@WithTestResource(DatabaseBehindProxyResource.class)
class JobsDuringOutageTest {
    private static final String WATCH = QuietDuringOutageInterceptor.class.getName();

    @Test
    void eachJobLogsTheOutageOnceWhenItStartsAndOnceWhenItEnds() throws InterruptedException {
        try (LogCapture log = LogCapture.start()) {
            DatabaseBehindProxyResource.proxy().cutOff();
            try {
                Poll.until(() -> log.matching(from(WATCH, Level.WARNING, "cannot be reached")).size(), n -> n >= 3, Duration.ofSeconds(30));
                // ten more ticks of each job with the database still gone
                Thread.sleep(10_000);
            } finally {
                DatabaseBehindProxyResource.proxy().restore();
            }
            assertThat(log.matching(from(WATCH, Level.WARNING, "cannot be reached")).stream().map(JobsDuringOutageTest::job)
                    .collect(Collectors.toList()))
                    .as("one line per job for the whole outage")
                    .containsExactlyInAnyOrder("WebhookDispatcher.run", "MailDispatcher.run", "BroadcastWorker.run");
            assertThat(log.matching(from("io.quarkus.scheduler", Level.SEVERE, ""))).as("errors per tick from the scheduler").isEmpty();

            Poll.until(() -> log.matching(from(WATCH, Level.INFO, "reachable again")).size(), n -> n >= 3, Duration.ofSeconds(90));
            assertThat(log.matching(from(WATCH, Level.INFO, "reachable again")).stream().map(JobsDuringOutageTest::job))
                    .containsExactlyInAnyOrder("WebhookDispatcher.run", "MailDispatcher.run", "BroadcastWorker.run");
        }
    }

    private static String job(LogRecord r) {
        return String.valueOf(r.getMessage()).substring(0, String.valueOf(r.getMessage()).indexOf(':'));
    }
}
