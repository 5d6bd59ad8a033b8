package id.netral.devstack;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A large import into a fresh agency of the shared suite's roster, for the tests that stop roster under it. */
final class RosterImports {
    static final ServiceSpec ROSTER = ServiceSpec.SUITE.get(0);

    private RosterImports() {
    }

    static RequestSpecification roster() {
        return given().baseUri(SharedSuite.get().url(ROSTER)).header("Authorization", SharedSuite.token("bkpp", "34.04"));
    }

    /** A new agency with one unit, its code starting with {@code prefix}. */
    static String agency(String prefix) {
        String agency = prefix + "-" + System.nanoTime();
        roster().contentType("application/json").body("{\"code\":\"" + agency + "\",\"name\":\"Dinas Uji\",\"regionCode\":\"34.04\","
                + "\"ppk\":{\"name\":\"Bupati Sleman\",\"office\":\"Bupati\"}}").post("/api/v1/agencies").then().statusCode(201);
        roster().contentType("application/json").body("{\"code\":\"UNIT\",\"name\":\"Bidang\"}")
                .post("/api/v1/agencies/" + agency + "/units").then().statusCode(201);
        return agency;
    }

    /** Submits the file under the key; answers the job's path. */
    static String submit(byte[] csv, String key) {
        String location = roster().contentType("text/csv").header("Idempotency-Key", key).body(csv).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location");
        return location.substring(location.indexOf("/api/"));
    }

    static JsonPath job(String path) {
        return roster().get(path).then().statusCode(200).extract().jsonPath();
    }

    static long employeesOf(String agency) {
        return roster().queryParam("agency", agency).queryParam("size", 1).get("/api/v1/employees").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /**
     * {@code rows} valid PNS rows: distinct NIPs from distinct birth dates (999 a day from
     * {@code firstBirthday}) and sequence numbers. Tests sharing the suite give distinct birthdays, so
     * that one file's employees are new to the other (else the second import moves them all).
     */
    static byte[] file(String agency, int rows, LocalDate firstBirthday) {
        StringBuilder csv = new StringBuilder("nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n");
        DateTimeFormatter digits = DateTimeFormatter.BASIC_ISO_DATE;
        for (int i = 0; i < rows; i++) {
            String nip = firstBirthday.plusDays(i / 999).format(digits) + "2010011" + String.format("%03d", i % 999 + 1);
            csv.append(nip).append(",,Pegawai ").append(i).append(",PNS,").append(agency).append(",UNIT,Guru,III/a,ACTIVE\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
