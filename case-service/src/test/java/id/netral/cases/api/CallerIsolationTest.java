package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.finding;
import static id.netral.cases.api.IntakeTest.publicReport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.domain.Nip;
import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No caller sees what is not theirs: an Idempotency-Key is its sender's own, a report filed about
 * someone outside the caller's region answers only its summary, and a case's history masks what
 * the case view masks.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class CallerIsolationTest {

    @Test
    void anotherCallersIdempotencyKeyReplaysNothing() {
        Roster.Employee budi = Roster.employee("34.04");
        String election = Roster.electionRunningNow("34.04");
        Map<String, Object> report = publicReport(budi.nip(), election);
        String key = "retry-" + UUID.randomUUID();
        String sleman = caller(Roles.PORTAL, "34.04", "portal-sleman");
        JsonPath first = file(sleman, report, key).statusCode(201).body("reporter", nullValue()).extract().jsonPath();
        file(sleman, report, key).statusCode(200).body("id", equalTo(first.getString("id")));

        // Blora's Bawaslu sends the same key and body: a new case of its own, nothing of Sleman's (before: 200 with the reporter)
        String blora = caller(Roles.BAWASLU, "33.16", "bawaslu-blora");
        file(blora, report, key).statusCode(201).body("id", not(equalTo(first.getString("id"))))
                .body("reporter", nullValue()).body("witnesses", nullValue()).body("reported", nullValue());
        // another body under the same key is no conflict for someone else: the key's existence does not leak (before: 409)
        Map<String, Object> other = publicReport(budi.nip(), election);
        other.put("place", "Twitter");
        file(caller(Roles.BAWASLU, "33.16", "bawaslu-blora-2"), other, key).statusCode(201);
        // the same subject from another issuer is another caller too
        given().header("Authorization", TestTokens.token().roles(Roles.PORTAL).region("34.04").subject("portal-sleman")
                        .issuer("https://other-idp.example/realms/netral").bearer())
                .contentType("application/json").header("Idempotency-Key", key).body(report).post("/api/v1/cases").then()
                .statusCode(401);
    }

    @Test
    void aPortalReplayingAFindingsKeyIsStillNoFiler() {
        Roster.Employee x = Roster.employee("34.04");
        Map<String, Object> body = finding(x.accountUrl(), "https://www.instagram.com/p/KEY" + UUID.randomUUID().toString().substring(0, 8));
        String key = "finding-" + UUID.randomUUID();
        file(caller(Roles.BAWASLU, "34.04", "bawaslu-sleman"), body, key).statusCode(201);
        // before: 200 with the finding
        file(caller(Roles.PORTAL, "34.04", "portal-sleman"), body, key).statusCode(403);
    }

    @Test
    void aReportAboutSomeoneOutsideTheCallersRegionAnswersOnlyItsSummary() {
        Roster.Employee budi = Roster.employee("34.04");
        String election = Roster.electionRunningNow("34.04");
        String blora = caller(Roles.PORTAL, "33.16", "portal-blora");
        // before: 201 with the person's name, agency, unit and PPK
        JsonPath answer = file(blora, publicReport(budi.nip(), election), null).statusCode(201)
                .body("id", notNullValue()).body("trackingCode", notNullValue()).body("status", equalTo("REGISTERED"))
                .body("createdAt", notNullValue())
                .body("reported", nullValue()).body("regionCode", nullValue()).body("agencyCode", nullValue())
                .body("classification", nullValue()).body("act", nullValue()).body("place", nullValue())
                .body("allowedActions", nullValue()).extract().jsonPath();
        String id = answer.getString("id");
        given().header("Authorization", blora).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("trackingCode", equalTo(answer.getString("trackingCode"))).body("reported", nullValue());
        given().header("Authorization", blora).get("/api/v1/cases?size=500").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.reported", nullValue());
        for (String part : new String[] {"/history", "/audit/verify", "/evidence"}) {
            given().header("Authorization", blora).get("/api/v1/cases/" + id + part).then().statusCode(404);
        }
        // the region it is about sees it whole (Bawaslu: with the reporter)
        given().header("Authorization", caller(Roles.BAWASLU, "34.04", "bawaslu-sleman")).get("/api/v1/cases/" + id).then()
                .statusCode(200).body("reported.person.name", equalTo(budi.name())).body("reporter.name", equalTo("Warga Kota"));
    }

    @Test
    void historyMasksWhatTheCaseViewMasks() {
        Roster.Employee budi = Roster.employee("34.04");
        String election = Roster.electionRunningNow("34.04");
        String portal = caller(Roles.PORTAL, "34.04", "portal-sleman");
        String id = file(portal, publicReport(budi.nip(), election), null).statusCode(201).extract().path("id");
        // before: the whole NIP as employeeKey
        String masked = given().header("Authorization", portal).get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .extract().path("[0].after.employeeKey");
        assertThat(masked).isEqualTo(Nip.mask(budi.nip())).isNotEqualTo(budi.nip());
        given().header("Authorization", caller(Roles.BKN, "34", "bkn")).get("/api/v1/cases/" + id + "/history").then()
                .statusCode(200).body("[0].after.employeeKey", equalTo(budi.nip()));
    }

    private static String caller(String role, String region, String subject) {
        return TestTokens.token().roles(role).region(region).subject(subject).bearer();
    }

    private static ValidatableResponse file(String authorization, Map<String, Object> body, String key) {
        var request = given().header("Authorization", authorization).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/cases").then();
    }
}
