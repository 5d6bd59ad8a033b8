package id.netral.devstack;

import static io.restassured.RestAssured.given;

import java.util.Map;

/** Puts an agency with a PPK, a work unit, an employee and one of their accounts into a running roster. */
final class RosterFixture {
    private RosterFixture() {
    }

    /**
     * {@code bearer} is an {@code Authorization} header of a {@code bkpp} (or admin) caller covering
     * {@code region}. The agency and its unit may be there already (another test of the same suite
     * put its own employee in them: 409); the employee and the account are new.
     */
    static void employeeWithAccount(String roster, String bearer, String agencyCode, String region, String nip, String accountUrl) {
        given().baseUri(roster).header("Authorization", bearer).contentType("application/json")
                .body(Map.of("code", agencyCode, "name", "Pemerintah Kabupaten Sleman", "regionCode", region,
                        "ppk", Map.of("name", "Bupati Sleman", "office", "Bupati")))
                .post("/api/v1/agencies").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        given().baseUri(roster).header("Authorization", bearer).contentType("application/json")
                .body(Map.of("code", "DISDIK", "name", "Dinas Pendidikan")).post("/api/v1/agencies/" + agencyCode + "/units")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        given().baseUri(roster).header("Authorization", bearer).contentType("application/json")
                .body(Map.of("nip", nip, "name", "Budi Santoso", "employmentType", "PNS", "agencyCode", agencyCode,
                        "unitCode", "DISDIK", "position", "Guru"))
                .post("/api/v1/employees").then().statusCode(201);
        given().baseUri(roster).header("Authorization", bearer).contentType("application/json")
                .body(Map.of("url", accountUrl)).post("/api/v1/employees/" + nip + "/accounts").then().statusCode(201);
    }
}
