package id.netral.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Intake against the real roster-service and rules-service (started from their jars): who the
 * person is and what the act is come from them, formal requirements decide REGISTERED or
 * INCOMPLETE, clocks start in the case's time zone, repeats link, retries are safe, and a case
 * filed while a neighbour is down is completed once it is back.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class IntakeTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aFindingIsResolvedThroughRosterAndClassifiedThroughRules() {
        Roster.Employee budi = Roster.employee("34.04");
        JsonPath c = file(Roles.BAWASLU, "34.04", finding(budi.accountUrl(), "https://www.instagram.com/p/LIKE1/?igsh=x"), null)
                .statusCode(201).header("Location", matchesPattern(".*/api/v1/cases/[0-9a-f-]{36}")).header("ETag", notNullValue())
                .body("trackingCode", matchesPattern("NTR-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"))
                .body("status", equalTo("REGISTERED")).body("resolution", equalTo("RESOLVED")).body("missing", equalTo(List.of()))
                .body("regionCode", equalTo("34.04")).body("agencyCode", equalTo(budi.agencyCode()))
                .body("reported.person.nip", equalTo(budi.nip())).body("reported.person.ppkOffice", equalTo("Bupati"))
                .body("timeZone", equalTo("Asia/Jakarta")).body("occurredOn", equalTo("2024-10-30"))
                .body("classification.verdict", equalTo("VIOLATION")).body("classification.stage", equalTo("CAMPAIGN"))
                .body("catalogVersion", equalTo(3)).body("election", equalTo("PILKADA_2024")).body("electionType", equalTo("REGIONAL"))
                .extract().jsonPath();
        // regional review: 3 calendar days from today, in Sleman's zone
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(c.getString("deadlines.find { it.code == 'BAWASLU_REVIEW' }.dueOn")).isEqualTo(today.plusDays(3).toString());
        assertThat(c.getString("deadlines[0].legalBasis")).startsWith("UU 10/2016");

        String id = c.getString("id");
        as(Roles.BKN, "34").get("/api/v1/cases/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("trackingCode", equalTo(c.getString("trackingCode")));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body("action", contains("INTAKE")).body("[0].role", equalTo("bawaslu")).body("[0].after.status", equalTo("REGISTERED"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("events", equalTo(1));
        List<String> events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>listAll().stream()
                .filter(e -> id.equals(e.data.path("caseId").asText())).map(e -> e.type).toList());
        assertThat(events).as("written with the case, in the same transaction (a like is the employee's own content: taken down too)").containsExactlyInAnyOrder("case.registered", "takedown.requested");
    }

    @Test
    void aPublicReportLackingFormalItemsIsIncompleteWithItsDeadline() {
        Roster.Employee siti = Roster.employee("34.71");
        String election = Roster.electionRunningNow("34.71");
        Map<String, Object> body = publicReport(siti.nip(), election);
        body.put("reporter", Map.of("name", "Warga Kota"));
        body.remove("place");
        JsonPath c = file(Roles.PORTAL, "34.71", body, null).statusCode(201)
                .body("status", equalTo("INCOMPLETE"))
                .body("missing", containsInAnyOrder("reporter.address", "reporter.phone", "place"))
                .body("reporter", nullValue())
                .body("reported.person.nip", equalTo(siti.nip().substring(0, 4) + "***********" + siti.nip().substring(15)))
                .extract().jsonPath();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(c.getString("completeBy")).isEqualTo(today.plusDays(3).toString());
        assertThat(c.getList("deadlines.code", String.class)).containsExactly("REPORT_FILING", "FORMAL_COMPLETION");
        // Bawaslu sees who reported; the reporter follows it by code, without names
        as(Roles.BAWASLU, "34.71").get("/api/v1/cases/" + c.getString("id")).then().statusCode(200)
                .body("reporter.name", equalTo("Warga Kota")).body("reported.person.nip", equalTo(siti.nip()));
        as(Roles.PORTAL, "34.71").get("/api/v1/track/" + c.getString("trackingCode")).then().statusCode(200)
                .body("status", equalTo("INCOMPLETE")).body("completeBy", equalTo(today.plusDays(3).toString()))
                .body("missing", containsInAnyOrder("reporter.address", "reporter.phone", "place"))
                .body("reporter", nullValue()).body("reported", nullValue());
    }

    @Test
    void aCompletePublicReportIsRegistered() {
        Roster.Employee ani = Roster.employee("34.71");
        String election = Roster.electionRunningNow("34.71");
        file(Roles.PORTAL, "34.71", publicReport(ani.nip(), election), null).statusCode(201)
                .body("status", equalTo("REGISTERED")).body("election", equalTo(election))
                .body("deadlines.code", contains("REPORT_FILING", "BAWASLU_REVIEW"));
    }

    @Test
    void datesAreLocalToTheCasesRegion() {
        // 16:30 UTC on 26 Nov 2024 is 00:30 on 27 Nov in Makassar (WITA): vote day of the 2024 regional elections
        Roster.Employee makassar = Roster.employee("73");
        Map<String, Object> body = finding(makassar.accountUrl(), "https://www.instagram.com/p/VOTE/");
        body.put("occurredAt", "2024-11-26T16:30:00Z");
        file(Roles.BAWASLU, "73", body, null).statusCode(201)
                .body("timeZone", equalTo("Asia/Makassar")).body("occurredOn", equalTo("2024-11-27"))
                .body("classification.stage", equalTo("VOTE_DAY"));
    }

    @Test
    void portalsFileOnlyPublicReportsAndLateReportsAreRefused() {
        Roster.Employee x = Roster.employee("34.04");
        file(Roles.PORTAL, "34.04", finding(x.accountUrl(), null), null).statusCode(403);
        Map<String, Object> late = publicReport(x.nip(), "PILKADA_2024");
        late.put("occurredAt", "2024-10-30T09:00:00+07:00");
        late.put("knownAt", "2024-10-30T10:00:00+07:00");
        file(Roles.PORTAL, "34.04", late, null).statusCode(422).body("errors[0].field", equalTo("knownAt"));
    }

    @Test
    void aPersonTheRosterDoesNotKnowLeavesTheReportIncomplete() {
        Map<String, Object> body = finding(null, null);
        body.put("reported", Map.of("nip", "198001012005011999"));
        file(Roles.BAWASLU, "34.04", body, null).statusCode(201).body("status", equalTo("INCOMPLETE"))
                .body("missing", contains("reported")).body("classification", nullValue());
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstCaseAndAnotherBodyIsAConflict() {
        Roster.Employee x = Roster.employee("34.04");
        Map<String, Object> body = finding(x.accountUrl(), "https://www.instagram.com/p/IDEM/");
        String key = "idem-" + UUID.randomUUID();
        String first = file(Roles.BAWASLU, "34.04", body, key).statusCode(201).extract().path("id");
        file(Roles.BAWASLU, "34.04", body, key).statusCode(200).body("id", equalTo(first));
        body.put("place", "Facebook");
        file(Roles.BAWASLU, "34.04", body, key).statusCode(409);
    }

    @Test
    void aRepeatOfAnOpenCasesPostIsLinkedToIt() {
        Roster.Employee x = Roster.employee("34.04");
        JsonPath first = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/DUP1/"), null)
                .statusCode(201).extract().jsonPath();
        JsonPath repeat = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://m.instagram.com/p/DUP1?igsh=abc"), null)
                .statusCode(201).body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(first.getString("id")))
                .extract().jsonPath();
        assertThat(repeat.getString("trackingCode")).as("the reporter still gets a code").isNotEqualTo(first.getString("trackingCode"));
        as(Roles.PORTAL, "34.04").get("/api/v1/track/" + repeat.getString("trackingCode")).then().statusCode(200)
                .body("status", equalTo("DUPLICATE")).body("linkedCaseStatus", equalTo("REGISTERED"));
    }

    @Test
    void aRepeatOfADismissedCasesPostIsACaseOfItsOwn() {
        Roster.Employee x = Roster.employee("34.04");
        JsonPath first = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/DUP2/"), null)
                .statusCode(201).body("status", equalTo("REGISTERED")).extract().jsonPath();
        as(Roles.BAWASLU, "34.04").header("If-Match", "\"" + first.getInt("version") + "\"").contentType("application/json")
                .body(Map.of("action", "DISMISS", "reason", "Akun bukan milik pegawai"))
                .post("/api/v1/cases/" + first.getString("id") + "/transitions").then().statusCode(200).body("status", equalTo("DISMISSED"));
        file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/DUP2/"), null)
                .statusCode(201).body("status", equalTo("REGISTERED")).body("duplicateOf", nullValue());
    }

    @Test
    void anAuditEventChangedInTheDatabaseBreaksTheChain() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/AUDIT/"), null)
                .statusCode(201).extract().path("id");
        as(Roles.ADMIN, "*").get("/api/v1/cases/" + id + "/audit/verify").then().body("valid", equalTo(true));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE case_event SET actor = 'mallory' WHERE case_id = '" + id + "'");
        }
        as(Roles.ADMIN, "*").get("/api/v1/cases/" + id + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("brokenAt", equalTo(1));
    }

    @Test
    void aCaseFiledWhileTheRosterIsDownIsCompletedWhenItIsBack() {
        Roster.Employee x = Roster.employee("34.04");
        NeighboursResource.neighbours().rosterProxy().cutOff();
        String id;
        try {
            id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/DOWN/"), null).statusCode(201)
                    .body("resolution", equalTo("PENDING")).body("classification", nullValue()).body("regionCode", nullValue())
                    .extract().path("id");
        } finally {
            NeighboursResource.neighbours().rosterProxy().restore();
        }
        Poll.until(() -> as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).<String>path("resolution"), "RESOLVED"::equals,
                Duration.ofSeconds(60));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).then()
                .body("status", equalTo("REGISTERED")).body("regionCode", equalTo("34.04"))
                .body("classification.verdict", equalTo("VIOLATION")).body("deadlines.code", contains("BAWASLU_REVIEW"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/history").then().body("action", contains("INTAKE", "RESOLVED"))
                .body("[1].role", equalTo("service"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void badInputIsNamedAndOtherRegionsSeeNothing() {
        file(Roles.BAWASLU, "34.04", Map.of("source", "FINDING"), null).statusCode(400);
        Map<String, Object> badNip = finding(null, null);
        badNip.put("reported", Map.of("nip", "12345"));
        file(Roles.BAWASLU, "34.04", badNip, null).statusCode(400).body("errors[0].field", equalTo("reported.nip"));
        Map<String, Object> badKind = finding(null, "https://x.com/a/status/1");
        badKind.put("evidence", List.of(Map.of("kind", "RUMOUR", "url", "https://x.com/a/status/1")));
        file(Roles.BAWASLU, "34.04", badKind, null).statusCode(400);
        // a date beyond what PostgreSQL holds is refused, never a 500
        Map<String, Object> farFuture = finding(null, null);
        farFuture.put("occurredAt", "+10000-01-01T00:00:00Z");
        file(Roles.BAWASLU, "34.04", farFuture, null).statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                org.hamcrest.Matchers.lessThan(500))).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));

        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/SCOPE/"), null)
                .statusCode(201).extract().path("id");
        as(Roles.BAWASLU, "13.02").get("/api/v1/cases/" + id).then().statusCode(404);
        as(Roles.BAWASLU, "13.02").get("/api/v1/cases?size=500").then().statusCode(200)
                .body("items.id.flatten().contains('" + id + "')", equalTo(false));
        as(Roles.BAWASLU, "34").get("/api/v1/cases?agency=" + x.agencyCode()).then().statusCode(200).body("total", equalTo(1));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
        as(Roles.PORTAL, "34.04").get("/api/v1/track/NTR-00000-00000").then().statusCode(404);
    }

    static Map<String, Object> finding(String accountUrl, String postUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "FINDING");
        body.put("election", "PILKADA_2024");
        if (accountUrl != null) {
            body.put("reported", Map.of("accountUrl", accountUrl));
        }
        body.put("act", "SOCIAL_MEDIA_LIKE");
        body.put("occurredAt", "2024-10-30T09:15:00+07:00");
        body.put("place", "Instagram");
        if (postUrl != null) {
            body.put("evidence", List.of(Map.of("kind", "URL", "url", postUrl)));
        }
        return body;
    }

    static Map<String, Object> publicReport(String nip, String election) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "PUBLIC_REPORT");
        body.put("election", election);
        body.put("reporter", Map.of("name", "Warga Kota", "address", "Jl. Malioboro 1, Yogyakarta", "phone", "+62 812 3456 7890"));
        body.put("reported", Map.of("nip", nip));
        body.put("act", "SOCIAL_MEDIA_SHARE");
        OffsetDateTime now = OffsetDateTime.now();
        body.put("occurredAt", now.minusDays(2).toString());
        body.put("knownAt", now.minusDays(1).toString());
        body.put("place", "Facebook");
        // the material requirements: an account of events and evidence
        body.put("description", "Membagikan unggahan kampanye calon di akun Facebook pribadinya");
        body.put("evidence", List.of(Map.of("kind", "URL", "url", "https://www.facebook.com/share/p/1AbCdEf/")));
        return body;
    }

    static io.restassured.response.ValidatableResponse file(String role, String region, Map<String, Object> body, String key) {
        RequestSpecification request = as(role, region).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/cases").then();
    }

    static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region));
    }
}
