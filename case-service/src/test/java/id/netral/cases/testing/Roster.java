package id.netral.cases.testing;

import static io.restassured.RestAssured.given;

import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts people on the real roster and elections in the real rules calendar, over their APIs, for
 * case-service's tests; every name is unique, so test classes never see each other's data.
 */
public final class Roster {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** One employee with an Instagram account, in a new agency of {@code region} whose PPK is named. */
    public record Employee(String nip, String agencyCode, String regionCode, String name, String accountUrl) {
    }

    private Roster() {
    }

    public static Employee employee(String region) {
        int n = SEQUENCE.incrementAndGet();
        String agency = "AG-" + n;
        String nip = String.format("19850312201001%d%03d", 1, n % 1000 == 0 ? 1 : n % 1000);
        String handle = "asn_" + n;
        roster().body(Map.of("code", agency, "name", "Pemerintah Daerah " + n, "regionCode", region,
                "ppk", Map.of("name", "Bupati " + n, "office", "Bupati"))).post("/api/v1/agencies").then().statusCode(201);
        roster().body(Map.of("code", "DISDIK", "name", "Dinas Pendidikan")).post("/api/v1/agencies/" + agency + "/units").then()
                .statusCode(201);
        roster().body(Map.of("nip", nip, "name", "Pegawai " + n, "employmentType", "PNS", "agencyCode", agency, "unitCode", "DISDIK",
                "position", "Guru")).post("/api/v1/employees").then().statusCode(201);
        roster().body(Map.of("url", "https://www.instagram.com/" + handle + "/")).post("/api/v1/employees/" + nip + "/accounts").then()
                .statusCode(201);
        return new Employee(nip, agency, region, "Pegawai " + n, "https://www.instagram.com/" + handle + "/");
    }

    /**
     * A regional election in {@code region} whose campaign runs now, so that public reports filed
     * today are within their window: candidates set 30 days ago, the vote in 40 days.
     */
    public static String electionRunningNow(String region) {
        String code = "PSU_TEST_" + SEQUENCE.incrementAndGet();
        LocalDate today = LocalDate.now();
        given().baseUri(NeighboursResource.neighbours().rulesUrl()).header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .contentType("application/json")
                .body(Map.of("code", code, "name", "Pemungutan suara ulang " + code, "type", "REGIONAL",
                        "candidatesSetOn", today.minusDays(30).toString(), "campaignStart", today.minusDays(28).toString(),
                        "campaignEnd", today.plusDays(30).toString(), "voteOn", today.plusDays(40).toString(),
                        "regionCodes", java.util.List.of(region)))
                .post("/api/v1/elections").then().statusCode(201);
        return code;
    }

    private static RequestSpecification roster() {
        return given().baseUri(NeighboursResource.neighbours().rosterUrl()).header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .contentType("application/json");
    }
}
