package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TcpProxy;
import id.netral.common.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Roster hung (it takes connections and never answers): the use cases ask it outside any
 * transaction, so no database transaction of case-service sits open waiting for it. Before, the
 * retry job asked inside the transaction that claimed its batch (holding the row locks), and
 * COMPLETE asked inside the step's transaction: each showed in PostgreSQL as "idle in transaction"
 * for the length of the neighbour's timeouts.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class NoTransactionWaitsForANeighbourTest {
    /** Longer than any statement of ours, far shorter than the roster client's 3 s read timeout. */
    private static final Duration WAITING = Duration.ofMillis(1_500);

    @Inject
    AgroalDataSource db;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** These tests trip the roster's circuit breaker on purpose: the tests after them start with none of its failures. */
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void theRetryJobAsksAHungRosterWithNoTransactionOpen() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        TcpProxy roster = NeighboursResource.neighbours().rosterProxy();
        roster.cutOff();
        String id;
        try {
            id = given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).contentType("application/json")
                    .body(finding(x.accountUrl(), "https://www.instagram.com/p/HUNG1/")).post("/api/v1/cases").then().statusCode(201)
                    .body("resolution", equalTo("PENDING")).extract().path("id");
            // held back until the roster hangs, so that the job's next try is surely one against the hung roster
            dueAt(id, "now() + interval '1 hour'");
            int before = attempts(id);
            roster.stall();
            dueAt(id, "now()");
            // the retry job (every second in tests) takes the case and waits on the roster until its client gives up
            List<String> waiting = whileWatching(() -> attempts(id) > before, Duration.ofSeconds(40));
            assertThat(attempts(id)).as("the job asked the hung roster and gave up").isGreaterThan(before);
            assertThat(waiting).as("transactions left open while the roster did not answer").isEmpty();
        } finally {
            roster.restore();
        }
        Poll.until(() -> given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).get("/api/v1/cases/" + id)
                .<String>path("resolution"), "RESOLVED"::equals, Duration.ofSeconds(60));
    }

    @Test
    void completeAsksAHungRosterWithNoTransactionOpenAndAnswers503() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        String bawaslu = TestTokens.bearer(Roles.BAWASLU, "34.04");
        // an account the roster does not know: the report waits for the person (missing "reported")
        Map<String, Object> unnamed = finding("https://www.instagram.com/nobody_" + System.nanoTime() + "/", "https://www.instagram.com/p/HUNG2/");
        String id = given().header("Authorization", bawaslu).contentType("application/json").body(unnamed).post("/api/v1/cases")
                .then().statusCode(201).body("status", equalTo("INCOMPLETE")).extract().path("id");
        TcpProxy roster = NeighboursResource.neighbours().rosterProxy();
        roster.stall();
        try {
            CompletableFuture<io.restassured.response.Response> answer = CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", bawaslu).header("If-Match", "\"1\"").contentType("application/json")
                    .body(Map.of("action", "COMPLETE", "reported", Map.of("accountUrl", x.accountUrl())))
                    .post("/api/v1/cases/" + id + "/transitions"));
            List<String> waiting = whileWatching(answer::isDone, Duration.ofSeconds(40));
            assertThat(answer.get().statusCode()).as("roster cannot answer: try again later").isEqualTo(503);
            assertThat(answer.get().header("Retry-After")).isEqualTo("5");
            assertThat(waiting).as("transactions left open while the roster did not answer").isEmpty();
        } finally {
            roster.restore();
        }
        // nothing changed: the same step with the same ETag goes through once the roster answers
        Poll.until(() -> given().header("Authorization", bawaslu).header("If-Match", "\"1\"").contentType("application/json")
                .body(Map.of("action", "COMPLETE", "reported", Map.of("accountUrl", x.accountUrl())))
                .post("/api/v1/cases/" + id + "/transitions").statusCode(), status -> status == 200, Duration.ofSeconds(60));
    }

    /**
     * Samples PostgreSQL's sessions until {@code done} (at most {@code limit}) and answers those seen
     * idle inside a transaction for longer than {@link #WAITING}: a transaction waiting on something
     * outside the database.
     */
    private List<String> whileWatching(BooleanSupplier done, Duration limit) throws SQLException, InterruptedException {
        List<String> seen = new ArrayList<>();
        long end = System.nanoTime() + limit.toNanos();
        AtomicBoolean finished = new AtomicBoolean();
        while (!finished.get() && System.nanoTime() < end) {
            finished.set(done.getAsBoolean());
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT pid, left(query, 120),"
                    + " now() - state_change FROM pg_stat_activity WHERE state = 'idle in transaction' AND pid <> pg_backend_pid()"
                    + " AND now() - state_change > make_interval(secs => ?)")) {
                s.setDouble(1, WAITING.toMillis() / 1000.0);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        seen.add(r.getInt(1) + " idle " + r.getString(3) + " after: " + r.getString(2));
                    }
                }
            }
            Thread.sleep(200);
        }
        assertThat(finished.get()).as("the call ended within " + limit).isTrue();
        return seen;
    }

    private void dueAt(String id, String when) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE case_file SET next_resolve_at = " + when + " WHERE id = ?::uuid")) {
            s.setString(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int attempts(String id) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT resolve_attempts FROM case_file WHERE id = ?::uuid")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
