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
 * roster-service is killed (SIGKILL) in the middle of a large import: nothing of the file may be
 * written, the job must turn FAILED by itself without claiming rows it never wrote, and sending
 * the file again with the same Idempotency-Key must run it again rather than replay the failure.
 */
class ImportKillTest {
    private static final int ROWS = 300_000;

    @Test
    void aKilledImportWritesNothingFailsByItselfAndRunsAgainUnderItsKey() throws Exception {
        String agency = RosterImports.agency("KILL");
        byte[] csv = RosterImports.file(agency, ROWS, LocalDate.of(1970, 1, 1));
        String key = "kill-" + agency;

        String path = submit(csv, key);
        Poll.until(() -> job(path), job -> job.getLong("processed") > 0, Duration.ofSeconds(60));
        SharedSuite.get().killAndRestart(RosterImports.ROSTER);

        JsonPath failed = Poll.until(() -> job(path), job -> !job.getString("status").equals("RUNNING"), Duration.ofSeconds(60));
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getLong("unchanged")).isZero();
        assertThat(failed.getLong("inserted")).isZero();
        assertThat(employeesOf(agency)).as("the killed import wrote nothing").isZero();

        String again = submit(csv, key);
        assertThat(again).isNotEqualTo(path);
        JsonPath done = Poll.until(() -> job(again), job -> List.of("COMPLETED", "FAILED").contains(job.getString("status")),
                Duration.ofMinutes(3));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getLong("inserted")).isEqualTo(ROWS);
        assertThat(done.getString("retryOf")).isEqualTo(failed.getString("id"));
        assertThat(employeesOf(agency)).isEqualTo(ROWS);
    }
}
