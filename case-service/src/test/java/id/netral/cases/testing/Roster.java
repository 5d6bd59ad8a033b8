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
    /**
     * The roster outlives one application (a test profile restarts case-service, and this class with
     * it, in the same JVM), so numbering starts at a random point of a space wide enough that two
     * starts practically never meet, and every number maps to its own NIP ({@link #nip}).
     */
    private static final int SPACE = 2 * 999 * 10_000;
    private static final AtomicInteger SEQUENCE = new AtomicInteger(new java.security.SecureRandom().nextInt(SPACE - 100_000));

    /** One employee with an Instagram account, in a new agency of {@code region} whose PPK is named. */
    public record Employee(String nip, String agencyCode, String regionCode, String name, String accountUrl) {
    }

    private Roster() {
    }

    public static Employee employee(String region) {
        return employee(region, "PNS");
    }

    /**
     * One employee of this employment type; a NON_ASN one has no NIP ({@code nip} is null) and is
     * known by its agency staff number ({@code AGENCY:HON-n}).
     */
    public static Employee employee(String region, String employmentType) {
        int n = SEQUENCE.incrementAndGet();
        String agency = "AG-" + n;
        boolean nonAsn = "NON_ASN".equals(employmentType);
        String nip = nonAsn ? null : nip(n);
        String key = nonAsn ? agency + ":HON-" + n : nip;
        String handle = "asn_" + n;
        roster().body(Map.of("code", agency, "name", "Pemerintah Daerah " + n, "regionCode", region,
                "ppk", Map.of("name", "Bupati " + n, "office", "Bupati"))).post("/api/v1/agencies").then().statusCode(201);
        roster().body(Map.of("code", "DISDIK", "name", "Dinas Pendidikan")).post("/api/v1/agencies/" + agency + "/units").then()
                .statusCode(201);
        Map<String, Object> person = new java.util.HashMap<>(Map.of("name", "Pegawai " + n, "employmentType", employmentType,
                "agencyCode", agency, "unitCode", "DISDIK", "position", "Guru"));
        person.put(nonAsn ? "staffNumber" : "nip", nonAsn ? "HON-" + n : nip);
        roster().body(person).post("/api/v1/employees").then().statusCode(201);
        roster().body(Map.of("url", "https://www.instagram.com/" + handle + "/")).post("/api/v1/employees/" + key + "/accounts").then()
                .statusCode(201);
        return new Employee(nip, agency, region, "Pegawai " + n, "https://www.instagram.com/" + handle + "/");
    }

    /** A distinct valid PNS NIP for each n below {@link #SPACE}: gender digit, then sequence, then birth day vary. */
    static String nip(int n) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n / (2 * 999));
        return String.format("%s201001%d%03d", born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), 1 + n % 2,
                1 + (n / 2) % 999);
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

    /** Names, in roster, who decides for the agency when its PPK is conflicted. */
    public static void nameSubstitute(String agency, String name, String office, String subject) {
        roster().body(Map.of("name", name, "office", office, "subject", subject)).put("/api/v1/agencies/" + agency + "/ppk-substitute")
                .then().statusCode(200);
    }

    private static RequestSpecification roster() {
        return given().baseUri(NeighboursResource.neighbours().rosterUrl()).header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .contentType("application/json");
    }
}
