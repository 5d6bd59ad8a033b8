package id.netral.notification.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.notification.testing.NotificationTestResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events become notices in the right inboxes; ASN and officers read and acknowledge them. */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class InboxTest extends WebhookTestSupport {

    @Test
    void aTaggedAsnIsAskedToActAndTheCaseOfficersSeeTheAcknowledgement() {
        String employee = "EMP-" + UUID.randomUUID();
        String caseId = UUID.randomUUID().toString();
        publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", caseId, "employeeKey", employee,
                "url", "https://www.instagram.com/p/TAG1/")).statusCode(201);

        String item = asn(employee).get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("TAKEDOWN")).body("items[0].requiresAcknowledgement", equalTo(true))
                .body("items[0].body", containsString("https://www.instagram.com/p/TAG1/"))
                .body("items[0].caseId", equalTo(caseId)).body("items[0].acknowledgedAt", nullValue())
                .extract().path("items[0].id");
        asn("EMP-someone-else").get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(0));
        asn("EMP-someone-else").post("/api/v1/inbox/" + item + "/acknowledge").then().statusCode(404);

        officer(Roles.BAWASLU, "34.04", null).queryParam("caseId", caseId).get("/api/v1/notices").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].recipientKey", equalTo(employee)).body("items[0].acknowledgedAt", nullValue());
        asn(employee).post("/api/v1/inbox/" + item + "/acknowledge").then().statusCode(200)
                .body("acknowledgedAt", notNullValue()).body("readAt", notNullValue());
        officer(Roles.BKN, "*", null).queryParam("caseId", caseId).get("/api/v1/notices").then().statusCode(200)
                .body("items[0].acknowledgedAt", notNullValue());
        officer(Roles.BAWASLU, "35", null).queryParam("caseId", caseId).get("/api/v1/notices").then().statusCode(200).body("items", hasSize(0));
        officer(Roles.BAWASLU, "34.04", null).get("/api/v1/notices").then().statusCode(422);
    }

    /**
     * A realm user's subject is the realm's own id: an employee is known by the employee_key claim
     * the realm maps from an attribute only an administrator sets, and that claim wins over the
     * subject, so no one becomes another employee by the name of their account.
     */
    @Test
    void anEmployeeOfTheRealmIsKnownByTheirEmployeeKeyClaimNotByTheirSubject() {
        String employee = "EMP-" + UUID.randomUUID();
        publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "employeeKey", employee,
                "url", "https://www.instagram.com/p/REALM1/")).statusCode(201);
        RequestSpecification realmUser = RestAssured.given().header("Authorization", TestTokens.token()
                .subject(UUID.randomUUID().toString()).claim(CallerScope.EMPLOYEE_KEY_CLAIM, employee).roles(Roles.ASN).region(null).bearer());
        String item = realmUser.get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].body", containsString("https://www.instagram.com/p/REALM1/")).extract().path("items[0].id");
        RestAssured.given().header("Authorization", TestTokens.token().subject(employee).claim(CallerScope.EMPLOYEE_KEY_CLAIM, "EMP-another")
                .roles(Roles.ASN).region(null).bearer()).get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(0));
        RestAssured.given().header("Authorization", TestTokens.token().subject(UUID.randomUUID().toString())
                .claim(CallerScope.EMPLOYEE_KEY_CLAIM, employee).roles(Roles.ASN).region(null).bearer())
                .post("/api/v1/inbox/" + item + "/acknowledge").then().statusCode(200).body("acknowledgedAt", notNullValue());
    }

    @Test
    void anAsnWhoseOwnPostIsReportedIsAskedToDeleteIt() {
        String employee = "EMP-" + UUID.randomUUID();
        publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "employeeKey", employee,
                "url", "https://www.facebook.com/share/p/OWN1/", "ownContent", true)).statusCode(201);
        asn(employee).get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("TAKEDOWN")).body("items[0].title", equalTo("Permintaan menghapus konten kampanye di akun Anda"))
                .body("items[0].body", containsString("Mohon hapus unggahan"))
                .body("items[0].body", containsString("https://www.facebook.com/share/p/OWN1/"))
                .body("items[0].body", org.hamcrest.Matchers.not(containsString("ditandai")));
    }

    @Test
    void aDeadlineReminderReachesTheOfficeWhoseStepTheClockWaitsFor() {
        String province = freshProvince();
        String caseId = UUID.randomUUID().toString();
        publish(UUID.randomUUID(), "case.deadline-approaching", province + ".04", Map.of("caseId", caseId, "status", "UNDER_REVIEW",
                "deadline", "BAWASLU_REVIEW", "dueOn", "2024-10-11", "responsible", "bawaslu")).statusCode(201);

        officer(Roles.BAWASLU, province + ".04", null).get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("DEADLINE_APPROACHING")).body("items[0].body", containsString("2024-10-11"))
                .body("items[0].title", containsString("BAWASLU_REVIEW"));
        officer(Roles.BAWASLU, province, null).get("/api/v1/inbox").then().body("items", hasSize(1));
        officer(Roles.BAWASLU, province + ".05", null).get("/api/v1/inbox").then().body("items", hasSize(0));
        officer(Roles.PPK, province + ".04", null).get("/api/v1/inbox").then().body("items", hasSize(0));

        // an overdue PPK decision goes to the PPK of the person's agency, not to every PPK of the region
        publish(UUID.randomUUID(), "case.overdue", province + ".04", "PEMKAB-A", Map.of("caseId", caseId, "status", "RECOMMENDED",
                "deadline", "PPK_DECISION", "dueOn", "2024-11-20", "responsible", "ppk")).statusCode(201);
        officer(Roles.PPK, province + ".04", "PEMKAB-A").get("/api/v1/inbox").then().body("items", hasSize(1))
                .body("items[0].kind", equalTo("OVERDUE"));
        officer(Roles.PPK, province + ".04", "PEMKAB-B").get("/api/v1/inbox").then().body("items", hasSize(0));
    }

    @Test
    void aConflictedPpksClockRemindsTheOfficialWhoDecidesInsteadNotThePpk() {
        String province = freshProvince();
        String governor = "gubernur-" + province;
        publish(UUID.randomUUID(), "case.deadline-approaching", province + ".04", "PEMKAB-C", Map.of("caseId", UUID.randomUUID().toString(),
                "status", "RECOMMENDED", "deadline", "PPK_DECISION", "dueOn", "2024-11-20", "responsible", "ppk", "decider", governor))
                .statusCode(201);
        officer(Roles.PPK, province + ".04", "PEMKAB-C").get("/api/v1/inbox").then().body("items", hasSize(0));
        RestAssured.given().header("Authorization", TestTokens.token().subject(governor).roles(Roles.PPK).region(province)
                .agency("PEMPROV-" + province).bearer()).get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("DEADLINE_APPROACHING")).body("items[0].title", containsString("PPK_DECISION"));
    }

    @Test
    void readingAndAcknowledgingFollowWhatTheNoticeAsks() {
        String province = freshProvince();
        publish(UUID.randomUUID(), "case.overdue", province, Map.of("caseId", UUID.randomUUID().toString(), "status", "UNDER_REVIEW",
                "deadline", "BAWASLU_REVIEW", "dueOn", "2024-10-11", "responsible", "bawaslu")).statusCode(201);
        String item = officer(Roles.BAWASLU, province, null).queryParam("unread", true).get("/api/v1/inbox").then().body("items", hasSize(1))
                .extract().path("items[0].id");
        officer(Roles.BAWASLU, province, null).post("/api/v1/inbox/" + item + "/acknowledge").then().statusCode(409);
        officer(Roles.BAWASLU, province, null).post("/api/v1/inbox/" + item + "/read").then().statusCode(200).body("readAt", notNullValue());
        officer(Roles.BAWASLU, province, null).queryParam("unread", true).get("/api/v1/inbox").then().body("items", hasSize(0));
        officer(Roles.BAWASLU, province, null).post("/api/v1/inbox/" + UUID.randomUUID() + "/read").then().statusCode(404);
        officer(Roles.BAWASLU, province, null).queryParam("kind", "NONSENSE").get("/api/v1/inbox").then().statusCode(404);
    }

    @Test
    void anAsnReadsOnlyItsInbox() {
        asn("EMP-1").get("/api/v1/event-types").then().statusCode(403);
        asn("EMP-1").get("/api/v1/subscriptions").then().statusCode(403);
        asn("EMP-1").get("/api/v1/notices?caseId=" + UUID.randomUUID()).then().statusCode(403);
        asn("EMP-1").get("/api/v1/inbox").then().statusCode(200);
    }

    static RequestSpecification asn(String employeeKey) {
        return RestAssured.given().header("Authorization", TestTokens.token().subject(employeeKey).roles(Roles.ASN).region(null).bearer());
    }

    static RequestSpecification officer(String role, String region, String agency) {
        return RestAssured.given().header("Authorization", TestTokens.token().subject("officer-" + UUID.randomUUID()).roles(role)
                .region(region).agency(agency).bearer());
    }

    static io.restassured.response.ValidatableResponse publish(UUID id, String type, String region, String agency, Map<String, Object> data) {
        return as(Roles.SERVICE, "*").contentType("application/json").body(Map.of("id", id.toString(), "type", type,
                "occurredAt", java.time.Instant.now().toString(), "regionCode", region, "agencyCode", agency, "data", data))
                .post("/api/v1/events").then();
    }

}
