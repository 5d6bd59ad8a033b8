package id.netral.devstack;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Bawaslu officers filing findings about one employee, as fast as case-service answers, while a
 * test stops or kills services under them. Each finding has its own Idempotency-Key and is sent
 * again under it until case-service answers it, as a careful client does: so every finding ends up
 * acknowledged once, and the tests can count what was lost (acknowledged but missing) and what was
 * duplicated (more cases than findings).
 */
final class FilingOfficers implements AutoCloseable {
    /** A request the stopping JVM never answers must not hold its officer for ever. */
    private static final RestAssuredConfig PATIENCE = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 2_000).setParam("http.socket.timeout", 15_000));

    private final String casesUrl;
    private final String token;
    private final String nip;
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger connectionFailures = new AtomicInteger();
    private final Map<Integer, Integer> otherAnswers = new ConcurrentHashMap<>();
    /** Answers 5xx that do not say when to try again (Retry-After): a client cannot tell an outage from a defect. */
    private final AtomicInteger withoutRetryAfter = new AtomicInteger();
    private final AtomicBoolean filing = new AtomicBoolean(true);
    private final ExecutorService officers;
    private final List<Future<?>> running = new ArrayList<>();

    FilingOfficers(String casesUrl, String token, String nip, int count) {
        this.casesUrl = casesUrl;
        this.token = token;
        this.nip = nip;
        officers = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            running.add(officers.submit(this::file));
        }
    }

    private void file() {
        while (filing.get()) {
            String key = UUID.randomUUID().toString();
            // the same body under the same key, however often it is sent (another body would be 409)
            Map<String, Object> finding = Map.of("source", "FINDING", "election", "PILKADA_2024", "reported", Map.of("nip", nip),
                    "act", "SOCIAL_MEDIA_LIKE", "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(), "place", "Instagram");
            while (!acknowledged.containsKey(key)) {
                try {
                    Response answer = given().config(PATIENCE).baseUri(casesUrl).header("Authorization", token).header("Idempotency-Key", key)
                            .contentType("application/json").body(finding).post("/api/v1/cases");
                    if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                        acknowledged.put(key, answer.jsonPath().getString("id"));
                    } else if (answer.statusCode() >= 500) {
                        otherAnswers.merge(answer.statusCode(), 1, Integer::sum);
                        if (answer.header("Retry-After") == null) {
                            withoutRetryAfter.incrementAndGet();
                        }
                        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                    } else {
                        // a refusal is a defect of the test or the service, never something to retry
                        throw new AssertionError("finding " + key + " refused: " + answer.statusCode() + " " + answer.asString());
                    }
                } catch (AssertionError refused) {
                    throw refused;
                } catch (Exception down) {
                    // the port is closed (RestAssured throws the checked ConnectException undeclared), or no answer came
                    connectionFailures.incrementAndGet();
                    LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                }
            }
        }
    }

    int acknowledged() {
        return acknowledged.size();
    }

    /** The 5xx answers, by status. */
    Map<Integer, Integer> serverErrors() {
        return Map.copyOf(otherAnswers);
    }

    int serverErrorsWithoutRetryAfter() {
        return withoutRetryAfter.get();
    }

    /** The case ids acknowledged, one per finding. */
    List<String> cases() {
        return List.copyOf(acknowledged.values());
    }

    /** Stops filing; each officer first gets its last finding acknowledged. */
    @Override
    public void close() throws Exception {
        filing.set(false);
        for (Future<?> f : running) {
            f.get(3, TimeUnit.MINUTES);
        }
        officers.shutdown();
    }

    @Override
    public String toString() {
        return acknowledged.size() + " findings acknowledged, " + connectionFailures.get() + " attempts without an answer, server errors "
                + otherAnswers + " (" + withoutRetryAfter.get() + " without Retry-After)";
    }
}
