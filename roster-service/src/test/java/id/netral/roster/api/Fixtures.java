package id.netral.roster.api;

import static io.restassured.RestAssured.given;

import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds roster data through the API, with unique codes and structurally valid NIPs. */
final class Fixtures {
    /** The header row of an import file. */
    static final String IMPORT_HEADER = "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.token().roles(role).region(region).subject(role + "@" + region).bearer())
                .contentType("application/json");
    }

    static RequestSpecification admin() {
        return as(Roles.ADMIN, "*");
    }

    /** A fresh agency in the region with one unit "UNIT-A"; returns its code. */
    static String agency(String regionCode) {
        String code = "AG-" + SEQUENCE.incrementAndGet();
        admin().body(Map.of("code", code, "name", "Agency " + code, "regionCode", regionCode,
                "ppk", Map.of("name", "Bupati " + code, "office", "Bupati")))
                .post("/api/v1/agencies").then().statusCode(201);
        admin().body(Map.of("code", "UNIT-A", "name", "Unit A")).post("/api/v1/agencies/" + code + "/units").then().statusCode(201);
        return code;
    }

    /** A NIP no other test uses: valid PNS structure. */
    static String pnsNip() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(n);
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                birth.getYear() + 25, 3, 1 + n % 2, 1 + n % 999);
    }

    /** A NIP no other test uses: valid PPPK structure (appointment year, 2-digit field). */
    static String pppkNip() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(n);
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), 2023,
                21, 2, 1 + n % 999);
    }

    /** Registers a PNS in the agency's UNIT-A and returns the NIP. */
    static String employee(String agency, String name) {
        String nip = pnsNip();
        admin().body(Map.of("nip", nip, "name", name, "employmentType", "PNS", "agencyCode", agency, "unitCode", "UNIT-A",
                "position", "Analis", "rank", "III/a")).post("/api/v1/employees").then().statusCode(201);
        return nip;
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
