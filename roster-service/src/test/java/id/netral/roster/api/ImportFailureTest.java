package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import id.netral.roster.domain.imports.ImportJob;
import id.netral.roster.jobs.ImportSweeper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What happens to an import the server fails: its replica dies mid-way (the job stops beating) or
 * the database refuses the job row. The kill itself, of a real process, is in devstack's
 * end-to-end tests; here the job row is left as a killed replica leaves it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportFailureTest {
    private static final String HEADER = "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n";

    @Inject
    ImportSweeper sweeper;

    @Test
    void aJobWhoseReplicaDiedIsFailedByTheSweeperNotByReadingItAndItsKeyRunsTheFileAgain() throws Exception {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.pnsNip();
        String csv = HEADER + nip + ",,Budi Santoso,PNS," + agency + ",UNIT-A,Guru,III/a,ACTIVE\n";
        String key = Fixtures.unique("killed-");
        UUID killed = UUID.randomUUID();
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        String sha256 = sha256(csv);
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = new ImportJob();
            job.id = killed;
            job.status = ImportJob.Status.RUNNING;
            job.scope = "34.04";
            job.sha256 = sha256;
            job.idempotencyKey = key;
            job.idempotencyOwner = CallerScope.owner(TestTokens.ISSUER, Roles.BKPP + "@34.04");
            job.total = 1;
            job.processed = 1;
            job.errors = List.of();
            job.createdAt = longAgo;
            job.heartbeatAt = longAgo;
            job.createdBy = "bkpp-sleman";
            job.persist();
        });
        String path = "/api/v1/imports/" + killed;

        as(Roles.BKPP, "34.04").get(path).then().statusCode(200).body("status", equalTo("RUNNING"));
        assertThat(status(killed)).as("a GET never writes").isEqualTo(ImportJob.Status.RUNNING);

        sweeper.sweep();
        JsonPath failed = as(Roles.BKPP, "34.04").get(path).then().statusCode(200).extract().jsonPath();
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getLong("unchanged")).as("rows of a failed job were never written").isZero();
        assertThat(failed.getLong("inserted")).isZero();
        assertThat(failed.getString("failure")).contains("nothing of it was written");
        as(Roles.BKPP, "34.04").get("/api/v1/employees/" + nip).then().statusCode(404);

        String retried = ImportResourceTest.submit(Roles.BKPP, "34.04", csv, key);
        assertThat(retried).as("a key never replays a failure the server caused").isNotEqualTo(path);
        JsonPath done = ImportResourceTest.awaitFinished(Roles.BKPP, "34.04", retried);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("retryOf")).isEqualTo(killed.toString());
        assertThat(done.getLong("inserted")).isEqualTo(1);
        as(Roles.BKPP, "34.04").get("/api/v1/employees/" + nip).then().statusCode(200);

        assertThat(ImportResourceTest.submit(Roles.BKPP, "34.04", csv, key)).as("a finished result is replayed").isEqualTo(retried);
    }

    @Test
    void aDatabaseErrorWhileSavingTheJobIsAServerErrorNotAKeyConflict() {
        String agency = Fixtures.agency("34.04");
        String csv = HEADER + Fixtures.pnsNip() + ",,Budi,PNS," + agency + ",UNIT-A,Guru,,\n";
        // the job's author column holds 200 characters: this subject makes the insert fail
        String tooLong = "x".repeat(300);
        RestAssured.given().header("Authorization", TestTokens.token().roles(Roles.BKPP).region("34.04").subject(tooLong).bearer())
                .header("Idempotency-Key", Fixtures.unique("db-error-")).contentType("text/csv").body(csv)
                .post("/api/v1/imports").then().statusCode(500)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(500));
    }

    private static ImportJob.Status status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id).status);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
