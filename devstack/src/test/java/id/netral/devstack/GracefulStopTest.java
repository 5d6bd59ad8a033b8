package id.netral.devstack;

import static id.netral.devstack.RosterImports.employeesOf;
import static id.netral.devstack.RosterImports.job;
import static id.netral.devstack.RosterImports.submit;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rollout or a node drain stops a service with SIGTERM (Kubernetes sends SIGKILL only after the
 * grace period). Stopped that way, a service exits by itself well within the grace period k8s/ gives
 * it, and loses nothing it acknowledged: an import in progress ends at once as FAILED with the reason
 * (never left RUNNING until a sweeper notices), having written nothing, and runs again under its
 * Idempotency-Key; every case whose filing was answered 201 while case-service stopped exists, with a
 * valid audit chain.
 */
class GracefulStopTest {
    /** What k8s/ gives a pod between SIGTERM and SIGKILL (terminationGracePeriodSeconds). */
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final int ROWS = 300_000;
    private static final ServiceSpec CASES = ServiceSpec.SUITE.get(2);

    @Test
    void anImportRunningWhenRosterStopsFailsAtOnceWithItsReasonAndRunsAgainUnderItsKey() throws Exception {
        String agency = RosterImports.agency("STOP");
        byte[] csv = RosterImports.file(agency, ROWS, LocalDate.of(1975, 1, 1));
        String key = "stop-" + agency;
        String path = submit(csv, key);
        Poll.until(() -> job(path), job -> job.getLong("processed") > 0, Duration.ofSeconds(60));

        Suite.Stopped stopped = SharedSuite.get().stopAndRestart(RosterImports.ROSTER, GRACE);

        assertThat(stopped.took()).as("roster exited by itself, not killed at the end of the grace period").isLessThan(GRACE);
        // read as soon as roster is back: failed by the stopping replica, not later by a sweeper
        JsonPath failed = job(path);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).contains("stopped while it ran").contains("Idempotency-Key");
        assertThat(failed.getLong("inserted")).isZero();
        assertThat(employeesOf(agency)).as("the stopped import wrote nothing").isZero();

        String again = submit(csv, key);
        JsonPath done = Poll.until(() -> job(again), job -> List.of("COMPLETED", "FAILED").contains(job.getString("status")),
                Duration.ofMinutes(3));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("retryOf")).isEqualTo(failed.getString("id"));
        assertThat(employeesOf(agency)).isEqualTo(ROWS);
    }

    @Test
    void everyCaseAcknowledgedWhileCaseServiceStopsExists() throws Exception {
        Suite.Stopped[] stopped = new Suite.Stopped[1];
        CaseChecks.fileAround("under SIGTERM", "PEMKAB-STOP", "198503122010011079",
                () -> stopped[0] = SharedSuite.get().stopAndRestart(CASES, GRACE));
        assertThat(stopped[0].took()).as("case-service exited by itself").isLessThan(GRACE);
    }
}
