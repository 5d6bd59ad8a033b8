package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.netral.cases.testing.NeighboursResource;
import id.netral.common.security.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The holiday calendar is data an admin keeps: seeded for 2024 to 2026 from the joint decrees, extended year by year. */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class HolidayResourceTest {

    @Inject
    AgroalDataSource db;

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

        // each change moved deadlines, so each is on the record, with who made it; the unchanged repeat is not
        String ofTheDay = "items.findAll { it.after?.day == '2031-03-24' || it.before?.day == '2031-03-24' }";
        as(Roles.BKPP, "13.02").queryParam("size", 100).get("/api/v1/holidays/history").then().statusCode(200)
                .body(ofTheDay + ".action", contains("HOLIDAY_ADDED", "HOLIDAY_CHANGED", "HOLIDAY_REMOVED"))
                .body(ofTheDay + "[1].before.name", equalTo("Idul Fitri"))
                .body(ofTheDay + "[1].after.name", equalTo("Hari Raya Idul Fitri 1452 H"))
                .body(ofTheDay + "[2].after", nullValue())
                .body(ofTheDay + ".role", everyItem(equalTo(Roles.ADMIN)));
        as(Roles.ADMIN, "*").get("/api/v1/holidays/history/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anEditedCalendarHistoryFailsVerification() throws Exception {
        as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("name", "Cuti bersama", "kind", "COLLECTIVE_LEAVE"))
                .put("/api/v1/holidays/2031-12-26").then().statusCode(201);
        as(Roles.ADMIN, "*").get("/api/v1/holidays/history/verify").then().body("valid", equalTo(true));
        // the calendar has one chain, which the other tests share: it is mended before this test ends
        try (var c = db.getConnection(); var st = c.createStatement()) {
            // the record says another day was made a day off than the one that was
            st.executeUpdate("UPDATE fact_history SET after = jsonb_set(after, '{day}', '\"2031-12-29\"')"
                    + " WHERE subject_type = 'HOLIDAY_CALENDAR' AND after->>'day' = '2031-12-26'");
            try {
                as(Roles.BKPP, "34.04").get("/api/v1/holidays/history/verify").then().statusCode(200).body("valid", equalTo(false))
                        .body("brokenAt", notNullValue());
            } finally {
                st.executeUpdate("UPDATE fact_history SET after = jsonb_set(after, '{day}', '\"2031-12-26\"')"
                        + " WHERE subject_type = 'HOLIDAY_CALENDAR' AND after->>'day' = '2031-12-29'");
            }
        }
        as(Roles.ADMIN, "*").get("/api/v1/holidays/history/verify").then().body("valid", equalTo(true));
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
        as(Roles.ADMIN, "*").queryParam("size", 9999).get("/api/v1/holidays/history").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(Roles.ADMIN, "*").delete("/api/v1/holidays/not-a-day").then().statusCode(404);
    }
}
