package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Single lookups that arrive while an event loop's queries are all out wait and go together as one
 * query (AccountOwners). The test holds the account table locked so that the first lookups stay in
 * PostgreSQL while the rest arrive, then lets go: every caller must get its own answer, in its own
 * scope, and the lookups must have needed fewer queries than there were lookups.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LookupCoalescingTest {
    private static final String REGION = "34.04";

    @Inject
    AgroalDataSource db;

    @Inject
    MeterRegistry registry;

    @Test
    void lookupsArrivingTogetherShareAQueryAndEachGetsItsOwnAnswer() throws Exception {
        String here = Fixtures.agency(REGION);
        String elsewhere = Fixtures.agency("13.02");
        Map<String, String> expected = new LinkedHashMap<>(); // handle -> NIP, or null for 404
        for (int i = 0; i < 16; i++) {
            String nip = Fixtures.employee(i < 12 ? here : elsewhere, "Pemilik " + i);
            String handle = Fixtures.unique("bersama.");
            admin().body(Map.of("platform", "INSTAGRAM", "handle", handle)).post("/api/v1/employees/" + nip + "/accounts")
                    .then().statusCode(201);
            expected.put(handle, i < 12 ? nip : null); // the other region's owners are not the caller's to see
        }
        for (int i = 0; i < 8; i++) {
            expected.put(Fixtures.unique("tak.ada."), null);
        }
        DistributionSummary perQuery = registry.get("netral.account.lookups.per.query").summary();
        long queriesBefore = perQuery.count();
        double lookupsBefore = perQuery.totalAmount();

        ExecutorService callers = Executors.newFixedThreadPool(expected.size());
        Map<String, Future<Answer>> answers = new LinkedHashMap<>();
        try (Connection lock = db.getConnection(); Statement sql = lock.createStatement()) {
            lock.setAutoCommit(false);
            sql.execute("LOCK TABLE social_account IN ACCESS EXCLUSIVE MODE");
            for (String handle : expected.keySet()) {
                answers.put(handle, callers.submit(() -> {
                    var response = as(Roles.BAWASLU, REGION).queryParam("platform", "INSTAGRAM").queryParam("handle", handle)
                            .get("/api/v1/accounts/lookup");
                    return new Answer(response.statusCode(), response.statusCode() == 200 ? response.path("nip") : null);
                }));
            }
            awaitAllArrived(perQuery, lookupsBefore, expected.size());
            lock.commit(); // the waiting lookups now go, several to a query
        } finally {
            callers.shutdown();
        }
        for (var entry : expected.entrySet()) {
            Answer answer = answers.get(entry.getKey()).get();
            assertThat(answer).as(entry.getKey())
                    .isEqualTo(entry.getValue() == null ? new Answer(404, null) : new Answer(200, entry.getValue()));
        }
        long queries = perQuery.count() - queriesBefore;
        assertThat(perQuery.totalAmount() - lookupsBefore).isEqualTo(expected.size());
        assertThat(queries).isLessThan(expected.size());
    }

    /** Until every lookup is either sent (and held by the lock) or waiting in the service for a query. */
    private void awaitAllArrived(DistributionSummary perQuery, double sentBefore, int lookups) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        double sent = 0;
        double waiting = 0;
        while (Instant.now().isBefore(deadline)) {
            sent = perQuery.totalAmount() - sentBefore;
            waiting = registry.get("netral.account.lookups.waiting").gauge().value();
            if (sent + waiting == lookups) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("lookups sent " + sent + ", waiting " + waiting + ", of " + lookups);
    }

    private record Answer(int status, String nip) {
    }
}
