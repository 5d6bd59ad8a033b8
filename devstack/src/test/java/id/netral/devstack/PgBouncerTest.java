package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services work through PgBouncer in transaction mode, as k8s/ runs them (a CloudNativePG
 * Pooler before every database): each service's datasource goes through the pooler, migrations and
 * roster's account lookups straight to PostgreSQL (NETRAL_DB_MIGRATION_URL and the lookup pool's URL,
 * the two session users of k8s/README.md's connection budget). A bulk import (temporary table, COPY,
 * a transaction-level advisory lock), a finding resolved, classified and relayed as a webhook, and a
 * step of the handling chain all pass, and PgBouncer saw the services' connections.
 */
class PgBouncerTest {
    private static PgBouncer bouncer;
    private static Suite suite;

    @BeforeAll
    static void startTheSuiteBehindPgBouncer() throws Exception {
        Path root = Path.of(System.getProperty("netral.root", "..")).toAbsolutePath().normalize();
        Suite.Config isolated = Suite.Config.isolated(root, Files.createTempDirectory("netral-pgbouncer-suite"));
        bouncer = PgBouncer.start(isolated.postgresPort(), Suite.DB_USER, Suite.DB_USER);
        String direct = "localhost:" + isolated.postgresPort() + "/{database}";
        suite = Suite.start(isolated.withServiceEnvironment(Map.of(
                "NETRAL_DB_URL", "jdbc:postgresql://127.0.0.1:" + bouncer.port() + "/{database}?prepareThreshold=0",
                "NETRAL_DB_MIGRATION_URL", "jdbc:postgresql://" + direct,
                "QUARKUS_DATASOURCE_LOOKUP_REACTIVE_URL", "postgresql://" + direct)), System.out);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (suite != null) {
            suite.close();
        }
        if (bouncer != null) {
            bouncer.close();
        }
    }

    @Test
    void theSuiteImportsResolvesClassifiesAndDecidesThroughThePooler() throws Exception {
        String roster = suite.url(ServiceSpec.SUITE.get(0));
        String bkpp = "Bearer " + suite.keys().mint(List.of("bkpp"), "34.04", Duration.ofHours(1), "bkpp-test", null);
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                .body("{\"code\":\"POOL\",\"name\":\"Dinas Uji\",\"regionCode\":\"34.04\",\"ppk\":{\"name\":\"Bupati Sleman\",\"office\":\"Bupati\"}}")
                .post("/api/v1/agencies").then().statusCode(201);
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json").body("{\"code\":\"UNIT\",\"name\":\"Bidang\"}")
                .post("/api/v1/agencies/POOL/units").then().statusCode(201);
        String location = given().baseUri(roster).header("Authorization", bkpp).contentType("text/csv")
                .body(RosterImports.file("POOL", 5_000, LocalDate.of(1980, 1, 1))).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = Poll.until(() -> given().baseUri(roster).header("Authorization", bkpp).get(location.substring(location.indexOf("/api/")))
                .then().statusCode(200).extract().jsonPath(), j -> !List.of("QUEUED", "RUNNING").contains(j.getString("status")),
                Duration.ofMinutes(2));
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("COMPLETED");
        assertThat(job.getLong("inserted")).isEqualTo(5_000);

        RosterFixture.employeeWithAccount(roster, bkpp, "PEMKAB-POOL", "34.04", "198503122010011080", "https://www.instagram.com/budi.pool/");
        WebhookReceiver portal = WebhookReceiver.start();
        try (portal) {
            String portalToken = "Bearer " + suite.keys().mint(List.of("portal"), "34.04", Duration.ofHours(1), "portal-test", null);
            portal.verifyWith(given().baseUri(suite.url(ServiceSpec.SUITE.get(3))).header("Authorization", portalToken)
                    .contentType("application/json").body(Map.of("url", portal.url(), "events", List.of("case.registered"), "regionCode", "34.04"))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret"));
            String bawaslu = "Bearer " + suite.keys().mint(List.of("bawaslu"), "34.04", Duration.ofHours(1), "bawaslu-test", null);
            String cases = suite.url(ServiceSpec.SUITE.get(2));
            String id = given().baseUri(cases).header("Authorization", bawaslu).contentType("application/json")
                    .body(Map.of("source", "FINDING", "election", "PILKADA_2024", "reported", Map.of("accountUrl", "https://instagram.com/budi.pool"),
                            "act", "SOCIAL_MEDIA_LIKE", "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram"))
                    .post("/api/v1/cases").then().statusCode(201).body("resolution", equalTo("RESOLVED"))
                    .body("classification.verdict", equalTo("VIOLATION")).extract().path("id");
            // a step of the chain, with its If-Match (optimistic locking through the pooler)
            given().baseUri(cases).header("Authorization", bawaslu).header("If-Match", "\"1\"").contentType("application/json")
                    .body(Map.of("action", "START_REVIEW")).post("/api/v1/cases/" + id + "/transitions")
                    .then().statusCode(200);
            given().baseUri(cases).header("Authorization", bawaslu).get("/api/v1/cases/" + id + "/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(true));
            WebhookReceiver.Received hook = Poll.until(portal::received, r -> !r.isEmpty(), Duration.ofSeconds(60)).get(0);
            assertThat(hook.verified()).isTrue();
            assertThat(JsonPath.from(hook.body()).getString("data.caseId")).isEqualTo(id);
        }
        assertThat(bouncer.log()).as("the services' connections went through PgBouncer").contains("login attempt: db=roster")
                .contains("db=cases").contains("db=notification").contains("db=rules");
    }
}
