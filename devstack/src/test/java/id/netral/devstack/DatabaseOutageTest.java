package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import id.netral.common.testing.TcpProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under load and comes back: the suite's every connection to it is dropped and
 * new ones are refused for ten seconds (the database behind a TCP proxy that is cut off, as a
 * restart or a failover looks from the services), while officers keep filing findings. Meanwhile
 * case-service answers 503 with Retry-After, never another error, and reports itself not ready;
 * afterwards it recovers by itself: filings succeed again, and every finding acknowledged before,
 * during or after exists once with a valid audit chain.
 */
class DatabaseOutageTest {
    private static TcpProxy database;
    private static Suite suite;

    @BeforeAll
    static void startTheSuiteBehindAProxy() throws Exception {
        Path root = Path.of(System.getProperty("netral.root", "..")).toAbsolutePath().normalize();
        Suite.Config isolated = Suite.Config.isolated(root, Files.createTempDirectory("netral-outage"));
        database = new TcpProxy(isolated.postgresPort());
        // the proxy's port was free when chosen, and so were the suite's: it must not be one of them
        while (isolated.allPorts().contains(database.port())) {
            database.close();
            isolated = Suite.Config.isolated(root, Files.createTempDirectory("netral-outage"));
            database = new TcpProxy(isolated.postgresPort());
        }
        String throughProxy = "localhost:" + database.port() + "/{database}";
        suite = Suite.start(isolated.withServiceEnvironment(Map.of("NETRAL_DB_URL", "jdbc:postgresql://" + throughProxy)), System.out);
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayClientsAreToldWhenToComeBackAndNothingIsLost() throws Exception {
        ServiceSpec cases = ServiceSpec.SUITE.get(2);
        String bkpp = "Bearer " + suite.keys().mint(List.of("bkpp"), "34.04", Duration.ofHours(1), "bkpp-outage", null);
        String bawaslu = "Bearer " + suite.keys().mint(List.of("bawaslu"), "34.04", Duration.ofHours(1), "bawaslu-outage", null);
        RosterFixture.employeeWithAccount(suite.url(ServiceSpec.SUITE.get(0)), bkpp, "PEMKAB-OUTAGE", "34.04", "198503122010011083",
                "https://www.instagram.com/budi.outage/");
        FilingOfficers officers = new FilingOfficers(suite.url(cases), bawaslu, "198503122010011083", 4);
        try (officers) {
            Poll.until(officers::acknowledged, n -> n >= 30, Duration.ofSeconds(60));
            database.cutOff();
            try {
                Poll.until(() -> officers.serverErrors().getOrDefault(503, 0), n -> n >= 20, Duration.ofSeconds(30));
                given().get(suite.managementUrl(cases) + "/q/health/ready").then().statusCode(503);
                Thread.sleep(Duration.ofSeconds(10).toMillis());
            } finally {
                database.restore();
            }
            int afterOutage = officers.acknowledged();
            Poll.until(officers::acknowledged, n -> n >= afterOutage + 30, Duration.ofSeconds(90));
        } finally {
            System.out.println("Case intake while PostgreSQL was away: " + officers);
        }
        Poll.until(() -> given().get(suite.managementUrl(cases) + "/q/health/ready").statusCode(), status -> status == 200,
                Duration.ofSeconds(60));
        assertThat(officers.serverErrors()).as("only 503 while the database was away").containsOnlyKeys(503);
        assertThat(officers.serverErrorsWithoutRetryAfter()).as("every 503 says when to try again").isZero();
        CaseChecks.everyCaseExistsOnceWithAValidAuditChain(suite.url(cases), bawaslu, "PEMKAB-OUTAGE", officers.cases());
    }
}
