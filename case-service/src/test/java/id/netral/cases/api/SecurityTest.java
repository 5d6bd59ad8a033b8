package id.netral.cases.api;

import static id.netral.common.testing.SecurityTable.delete;
import static id.netral.common.testing.SecurityTable.get;
import static id.netral.common.testing.SecurityTable.post;
import static id.netral.common.testing.SecurityTable.put;

import id.netral.common.security.Roles;
import id.netral.cases.testing.NeighboursResource;
import id.netral.common.testing.HostileInput;
import id.netral.common.testing.SecurityTable;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import id.netral.cases.testing.Roster;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Who may call what in case-service, as one table (see {@link SecurityTable}). */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class SecurityTest {
    private static final AtomicInteger HOLIDAYS = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> everyEndpoint() {
        Roster.Employee budi = Roster.employee("34.04");
        Map<String, Object> finding = IntakeTest.finding(budi.accountUrl(), null);
        String id = IntakeTest.file(Roles.BAWASLU, "34.04", finding, null).statusCode(201).extract().path("id");
        String code = IntakeTest.as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).path("trackingCode");
        String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(finding).toString();
        String report = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(IntakeTest.publicReport(budi.nip(), Roster.electionRunningNow("34.04"))).toString();
        // the day exists, so every PUT of the table renames it (200), however often it runs
        IntakeTest.as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("name", "Tahun Baru", "kind", "NATIONAL"))
                .put("/api/v1/holidays/2032-01-01").then().statusCode(201);
        String evidence = IntakeTest.as(Roles.BAWASLU, "34.04").multiPart("file", "s.png", EvidenceTest.png(64), "image/png")
                .multiPart("kind", "SCREENSHOT").post("/api/v1/cases/" + id + "/evidence").then().statusCode(201).extract().path("id");
        String recommended = IntakeTest.file(Roles.BAWASLU, "34.04", IntakeTest.finding(Roster.employee("34.04").accountUrl(),
                "https://www.instagram.com/p/LETTER/"), null).statusCode(201).extract().path("id");
        int version = 1;
        for (Map<String, Object> step : java.util.List.<Map<String, Object>>of(Map.of("action", "START_REVIEW"), Map.of("action", "FORWARD"),
                Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY", "legalBasis", "SKB 2022"))) {
            String role = step.get("action").equals("RECOMMEND") ? Roles.BKN : Roles.BAWASLU;
            IntakeTest.as(role, role.equals(Roles.BKN) ? "*" : "34.04").contentType("application/json").header("If-Match", "\"" + version++ + "\"")
                    .body(step).post("/api/v1/cases/" + recommended + "/transitions").then().statusCode(200);
        }
        return SecurityTable.tests(
                get("/api/v1/deadline-rules").allows(Roles.BKPP, "34.04", 200).allows(Roles.PPK, "34.04", 200),
                get("/api/v1/deadline-rules/REPORT_FILING/due?electionType=REGIONAL&from=2024-10-30").allows(Roles.PORTAL, "13.02", 200)
                        .allows(Roles.BAWASLU, "34.04", 200),
                post("/api/v1/cases").json(json).allows(Roles.BAWASLU, "34.04", 201).forbids(Roles.PORTAL).forbids(Roles.BKN)
                        .forbids(Roles.PPK).forbids(Roles.BKPP).forbids(Roles.SERVICE),
                post("/api/v1/cases").json(report).allows(Roles.PORTAL, "34.04", 201).allows(Roles.BAWASLU, "34", 201)
                        .forbids(Roles.BKN),
                get("/api/v1/cases/" + id).allows(Roles.BKN, "34", 200).allows(Roles.PORTAL, "34.04", 200).allows(Roles.PPK, "34.04", 200)
                        .hides(Roles.BAWASLU, "13.02").hides(Roles.PORTAL, "35"),
                get("/api/v1/cases").allows(Roles.BKPP, "34.04", 200).allows(Roles.PORTAL, "13.02", 200),
                get("/api/v1/cases/" + id + "/history").allows(Roles.BAWASLU, "34.04", 200).hides(Roles.BKN, "13"),
                get("/api/v1/cases/" + id + "/audit/verify").allows(Roles.ADMIN, "*", 200).hides(Roles.BAWASLU, "13.02"),
                get("/api/v1/track/" + code).allows(Roles.PORTAL, "13.02", 200).allows(Roles.BAWASLU, "34.04", 200),
                get("/api/v1/cases/" + id + "/evidence").allows(Roles.PORTAL, "34.04", 200).allows(Roles.BKN, "*", 200)
                        .hides(Roles.BAWASLU, "13.02"),
                get("/api/v1/cases/" + id + "/evidence/" + evidence + "/content").allows(Roles.PPK, "34.04", 200)
                        .allows(Roles.BAWASLU, "34", 200).forbids(Roles.PORTAL).forbids(Roles.SERVICE).hides(Roles.BKN, "13"),
                get("/api/v1/cases/" + id + "/evidence/" + evidence + "/verify").allows(Roles.ADMIN, "*", 200)
                        .allows(Roles.PORTAL, "34.04", 200).hides(Roles.BAWASLU, "13.02"),
                get("/api/v1/stats").query("groupBy", "status").allows(Roles.PORTAL, "34.04", 200).allows(Roles.BKN, "*", 200)
                        .allows(Roles.PPK, "34.04", 200),
                get("/api/v1/cases/" + recommended + "/letter").allows(Roles.BKN, "*", 200).allows(Roles.PPK, "34.04", 200)
                        .hides(Roles.BKN, "13").forbids(Roles.PORTAL).forbids(Roles.SERVICE),
                get("/api/v1/outbox").allows(Roles.ADMIN, "*", 200).forbids(Roles.BAWASLU).forbids(Roles.PORTAL).forbids(Roles.SERVICE),
                get("/api/v1/holidays").allows(Roles.PORTAL, "13.02", 200).allows(Roles.PPK, "34.04", 200),
                put("/api/v1/holidays/2032-01-01").json("{\"name\": \"Tahun Baru\", \"kind\": \"NATIONAL\"}")
                        .allows(Roles.ADMIN, "*", 200).forbids(Roles.BAWASLU).forbids(Roles.BKN).forbids(Roles.PORTAL),
                delete("DELETE /api/v1/holidays/{day}", () -> {
                    String day = LocalDate.of(2033, 1, 1).plusDays(HOLIDAYS.incrementAndGet()).toString();
                    IntakeTest.as(Roles.ADMIN, "*").contentType("application/json").body("{\"name\": \"Libur\", \"kind\": \"NATIONAL\"}")
                            .put("/api/v1/holidays/" + day).then().statusCode(201);
                    return "/api/v1/holidays/" + day;
                }).allows(Roles.ADMIN, "*", 204).forbids(Roles.BKPP).forbids(Roles.PORTAL),
                // the calendar is national: every region's BKPP reads its history (no region to hide it from)
                get("/api/v1/holidays/history").allows(Roles.BKPP, "13.02", 200).allows(Roles.ADMIN, "*", 200)
                        .forbids(Roles.PORTAL).forbids(Roles.BAWASLU).forbids(Roles.PPK),
                get("/api/v1/holidays/history/verify").allows(Roles.BKPP, "34.04", 200).forbids(Roles.PORTAL).forbids(Roles.BKN),
                post("/api/v1/cases/" + id + "/transitions").json("{\"action\": \"SUPPLY_FACTS\", \"facts\": {\"participation\": \"PASSIVE\"}}")
                        .header("If-Match", () -> IntakeTest.as(Roles.ADMIN, "*").get("/api/v1/cases/" + id).header("ETag"))
                        .allows(Roles.BAWASLU, "34.04", 200).forbids(Roles.BKN).forbids(Roles.PORTAL).forbids(Roles.ADMIN)
                        .forbids(Roles.SERVICE).hides(Roles.BAWASLU, "13.02"));
    }

    @TestFactory
    Stream<DynamicTest> hostileInput() {
        return HostileInput.as(TestTokens.bearer(Roles.BAWASLU, "34.04")).paged("/api/v1/cases").json("/api/v1/cases", "place").tests();
    }
}
