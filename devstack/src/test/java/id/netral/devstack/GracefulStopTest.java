package id.netral.devstack;

import static id.netral.devstack.RosterImports.employeesOf;
import static id.netral.devstack.RosterImports.job;
import static id.netral.devstack.RosterImports.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
        Suite suite = SharedSuite.get();
        RosterFixture.employeeWithAccount(suite.url(RosterImports.ROSTER), SharedSuite.token("bkpp", "34.04"), "PEMKAB-STOP", "34.04",
                "198503122010011079", "https://www.instagram.com/budi.stop/");
        String bawaslu = SharedSuite.token("bawaslu", "34.04");
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        Map<Integer, Integer> otherAnswers = new java.util.concurrent.ConcurrentHashMap<>();
        // a request the stopping JVM never answers must not hold its officer for ever
        RestAssuredConfig patience = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 2_000).setParam("http.socket.timeout", 15_000));
        AtomicBoolean filing = new AtomicBoolean(true);
        ExecutorService officers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            running.add(officers.submit(() -> {
                while (filing.get()) {
                    try {
                        Response answer = given().config(patience).baseUri(suite.url(CASES)).header("Authorization", bawaslu).contentType("application/json")
                                .body(Map.of("source", "FINDING", "election", "PILKADA_2024", "reported", Map.of("nip", "198503122010011079"),
                                        "act", "SOCIAL_MEDIA_LIKE", "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(),
                                        "place", "Instagram"))
                                .post("/api/v1/cases");
                        if (answer.statusCode() == 201) {
                            acknowledged.add(answer.jsonPath().getString("id"));
                        } else {
                            otherAnswers.merge(answer.statusCode(), 1, Integer::sum);
                        }
                    } catch (Exception connectionRefused) {
                        // while the port is closed (RestAssured throws the checked ConnectException undeclared)
                        refused.incrementAndGet();
                        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                    }
                }
            }));
        }
        Poll.until(acknowledged::size, n -> n >= 50, Duration.ofSeconds(60));
        int beforeStop = acknowledged.size();
        Suite.Stopped stopped = suite.stopAndRestart(CASES, GRACE);
        try {
            Poll.until(acknowledged::size, n -> n >= beforeStop + 50, Duration.ofSeconds(60));
        } finally {
            filing.set(false);
            System.out.printf("Case intake under SIGTERM: %d acknowledged (%d before the stop), %d refused while down, other answers %s%n",
                    acknowledged.size(), beforeStop, refused.get(), otherAnswers);
        }
        for (Future<?> f : running) {
            f.get();
        }
        officers.shutdown();

        assertThat(stopped.took()).as("case-service exited by itself").isLessThan(GRACE);
        for (String id : acknowledged) {
            given().baseUri(suite.url(CASES)).header("Authorization", bawaslu).get("/api/v1/cases/" + id + "/audit/verify")
                    .then().statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(true));
        }
    }
}
