package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.netral.cases.testing.NeighboursResource;
import id.netral.common.security.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The holiday calendar is data an admin keeps: seeded for 2024 to 2026 from the joint decrees, extended year by year. */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class HolidayResourceTest {

    @Test
    void theSeededYearIsThereAndAnAdminKeepsTheNextOne() {
        as(Roles.PORTAL, "34.04").get("/api/v1/holidays?year=2024").then().statusCode(200)
                .body("size()", equalTo(29)).body("find { it.day == '2024-02-14' }.kind", equalTo("ELECTION"))
                .body("find { it.day == '2024-04-10' }.name", equalTo("Hari Raya Idul Fitri 1445 H"));
        as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("name", "Idul Fitri", "kind", "NATIONAL"))
                .put("/api/v1/holidays/2031-03-24").then().statusCode(201).body("day", equalTo("2031-03-24"));
        as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("name", "Hari Raya Idul Fitri 1452 H", "kind", "NATIONAL"))
                .put("/api/v1/holidays/2031-03-24").then().statusCode(200);
        as(Roles.BKN, "*").get("/api/v1/holidays?year=2031").then().statusCode(200)
                .body("name", hasItem("Hari Raya Idul Fitri 1452 H"));
        as(Roles.ADMIN, "*").delete("/api/v1/holidays/2031-03-24").then().statusCode(204);
        as(Roles.ADMIN, "*").delete("/api/v1/holidays/2031-03-24").then().statusCode(404);
        as(Roles.BKN, "*").get("/api/v1/holidays?year=2031").then().body("day", not(hasItem("2031-03-24")));
    }

    @Test
    void the2025And2026DecreesAreSeededWithTheAmendment() {
        // 17 national holidays and 10 days of collective leave, plus 18 August added by the 2025 amendment
        as(Roles.BKN, "*").get("/api/v1/holidays?year=2025").then().statusCode(200).body("size()", equalTo(28))
                .body("findAll { it.kind == 'COLLECTIVE_LEAVE' }.size()", equalTo(11))
                .body("find { it.day == '2025-08-18' }.kind", equalTo("COLLECTIVE_LEAVE"));
        // 17 and 8; Idul Fitri 1447 H with its leave makes 20-24 March one block
        as(Roles.BKN, "*").get("/api/v1/holidays?year=2026").then().statusCode(200).body("size()", equalTo(25))
                .body("findAll { it.kind == 'COLLECTIVE_LEAVE' }.size()", equalTo(8))
                .body("findAll { it.day >= '2026-03-20' && it.day <= '2026-03-24' }.size()", equalTo(5));
    }

    @Test
    void badHolidaysAreRefused() {
        as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("name", "", "kind", "NATIONAL"))
                .put("/api/v1/holidays/2031-01-01").then().statusCode(400).body("errors[0].field", equalTo("name"));
        as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("name", "Libur", "kind", "PICNIC"))
                .put("/api/v1/holidays/2031-01-01").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as(Roles.ADMIN, "*").get("/api/v1/holidays?year=1900").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
