package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * roster-service is killed (SIGKILL) in the middle of a large import: nothing of the file may be
 * written, the job must turn FAILED by itself without claiming rows it never wrote, and sending
 * the file again with the same Idempotency-Key must run it again rather than replay the failure.
 */
class ImportKillTest {
    private static final int ROWS = 300_000;
    private static final ServiceSpec ROSTER = ServiceSpec.SUITE.get(0);

    private static RequestSpecification roster() {
        return given().baseUri(SharedSuite.get().url(ROSTER)).header("Authorization", SharedSuite.token("bkpp", "34.04"));
    }

    @Test
    void aKilledImportWritesNothingFailsByItselfAndRunsAgainUnderItsKey() throws Exception {
        String agency = "KILL-" + System.nanoTime();
        roster().contentType("application/json").body("{\"code\":\"" + agency + "\",\"name\":\"Dinas Uji\",\"regionCode\":\"34.04\","
                + "\"ppk\":{\"name\":\"Bupati Sleman\",\"office\":\"Bupati\"}}").post("/api/v1/agencies").then().statusCode(201);
        roster().contentType("application/json").body("{\"code\":\"UNIT\",\"name\":\"Bidang\"}")
                .post("/api/v1/agencies/" + agency + "/units").then().statusCode(201);
        byte[] csv = file(agency);
        String key = "kill-" + agency;

        String path = submit(csv, key);
        Poll.until(() -> job(path), job -> job.getLong("processed") > 0, Duration.ofSeconds(60));
        SharedSuite.get().killAndRestart(ROSTER);

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

    private static String submit(byte[] csv, String key) {
        String location = roster().contentType("text/csv").header("Idempotency-Key", key).body(csv).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location");
        return location.substring(location.indexOf("/api/"));
    }

    private static JsonPath job(String path) {
        return roster().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static long employeesOf(String agency) {
        return roster().queryParam("agency", agency).queryParam("size", 1).get("/api/v1/employees").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** ROWS valid PNS rows: distinct NIPs from distinct birth dates and sequence numbers. */
    private static byte[] file(String agency) {
        StringBuilder csv = new StringBuilder("nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n");
        DateTimeFormatter digits = DateTimeFormatter.BASIC_ISO_DATE;
        LocalDate first = LocalDate.of(1970, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            String nip = first.plusDays(i / 999).format(digits) + "2010011" + String.format("%03d", i % 999 + 1);
            csv.append(nip).append(",,Pegawai ").append(i).append(",PNS,").append(agency).append(",UNIT,Guru,III/a,ACTIVE\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
