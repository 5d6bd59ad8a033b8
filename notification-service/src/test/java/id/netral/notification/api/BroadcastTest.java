package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A broadcast to 10,000 employees of the real roster: every one notified once, counts right, acknowledgements listed. */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class BroadcastTest extends WebhookTestSupport {
    static final int STAFF = 10_000;

    @Test
    void tenThousandRecipientsAreEachNotifiedOnceAndTheirAcknowledgementsCounted() {
        String agency = agencyWithStaff("34.04", STAFF);
        String id = as(Roles.BKPP, "34.04").contentType("application/json").body(Map.of("title", "Imbauan netralitas ASN",
                "body", "Kepada seluruh pegawai.\n\nJangan memberi tanda suka pada unggahan peserta pemilihan.",
                "audience", Map.of("agencyCode", agency), "requiresAcknowledgement", true))
                // the answer reads the broadcast back after its commit: the worker may have started it by then
                .post("/api/v1/broadcasts").then().statusCode(202).body("status", oneOf("QUEUED", "RUNNING"))
                .body("audience.regionCode", equalTo("34.04")).extract().path("id");

        JsonPath done = Poll.until(() -> broadcast(id), b -> "COMPLETED".equals(b.getString("status")), Duration.ofSeconds(120));
        assertThat(done.getInt("total")).isEqualTo(STAFF);
        assertThat(done.getLong("delivered")).isEqualTo(STAFF);

        // every hundredth employee has an address: their mails go out, in Indonesian
        JsonPath mailed = Poll.until(() -> broadcast(id), b -> b.getLong("emailed") == STAFF / 100, Duration.ofSeconds(120));
        assertThat(mailed.getLong("withoutEmail")).isZero();
        assertThat(Arrays.stream(NotificationTestResource.smtp().getReceivedMessages())
                .filter(m -> subject(m).equals("Imbauan netralitas ASN")).count()).isEqualTo(STAFF / 100);

        // three read it, two of them acknowledge
        for (int n : new int[] {1, 2, 3}) {
            String key = agency + ":HON-" + n;
            String item = asn(key).queryParam("kind", "BROADCAST").get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].broadcastId", equalTo(id)).extract().path("items[0].id");
            asn(key).post("/api/v1/inbox/" + item + (n < 3 ? "/acknowledge" : "/read")).then().statusCode(200);
        }
        JsonPath counted = broadcast(id);
        assertThat(counted.getLong("read")).isEqualTo(3);
        assertThat(counted.getLong("acknowledged")).isEqualTo(2);
        as(Roles.BKPP, "34.04").queryParam("acknowledged", false).get("/api/v1/broadcasts/" + id + "/acknowledgements").then()
                .statusCode(200).body("total", equalTo(STAFF - 2));
        as(Roles.BKPP, "34.04").queryParam("acknowledged", true).get("/api/v1/broadcasts/" + id + "/acknowledgements").then()
                .body("total", equalTo(2)).body("items.employeeKey", org.hamcrest.Matchers.containsInAnyOrder(agency + ":HON-1", agency + ":HON-2"));
        as(Roles.BKPP, "34.04").queryParam("unitCode", "UNIT-B").queryParam("acknowledged", false)
                .get("/api/v1/broadcasts/" + id + "/acknowledgements").then().body("total", equalTo(STAFF / 2 - 1)); // HON-2 acknowledged
    }

    @Test
    void broadcastsStayInsideTheSendersRegion() {
        Map<String, Object> toProvince = Map.of("title", "Imbauan", "body", "Isi", "audience", Map.of("regionCode", "34"));
        as(Roles.BAWASLU, "34.04").contentType("application/json").body(toProvince).post("/api/v1/broadcasts").then().statusCode(422)
                .body("errors[0].field", equalTo("audience.regionCode"));
        String id = as(Roles.BAWASLU, "34").contentType("application/json").body(toProvince).post("/api/v1/broadcasts").then()
                .statusCode(202).extract().path("id");
        as(Roles.BAWASLU, "34").get("/api/v1/broadcasts/" + id).then().statusCode(200);
        as(Roles.BAWASLU, "34.04").get("/api/v1/broadcasts/" + id).then().statusCode(404);
        as(Roles.BKPP, "35").get("/api/v1/broadcasts/" + id + "/acknowledgements").then().statusCode(404);
        assertThat(as(Roles.BAWASLU, "35").get("/api/v1/broadcasts?size=500").then().extract().jsonPath().getList("items.id"))
                .doesNotContain(id);
    }

    /**
     * The roster cannot answer: the broadcast retries on its schedule, then stops as FAILED, saying
     * what the roster's call met (not the wrapper of the thread that read the page ahead), and
     * nobody is notified.
     */
    @Test
    void aBroadcastWhoseRosterCannotAnswerSaysWhyAndStops() {
        String agency = agencyWithStaff("34.04", 3);
        NotificationTestResource.roster().proxy().cutOff();
        try {
            String id = send(agency, "Imbauan tanpa daftar pegawai");
            JsonPath failed = Poll.until(() -> broadcast(id), b -> "FAILED".equals(b.getString("status")), Duration.ofSeconds(60));
            assertThat(failed.getString("lastError")).isNotBlank().doesNotContain("CompletionException");
            assertThat(failed.getLong("delivered")).isZero();
        } finally {
            NotificationTestResource.roster().proxy().restore();
        }
        // the roster's circuit breaker may stay open a few seconds: other tests start once a broadcast goes through again
        Poll.until(() -> {
            String id = send(agency, "Imbauan setelah daftar pegawai kembali");
            return Poll.until(() -> broadcast(id), b -> List.of("COMPLETED", "FAILED").contains(b.getString("status")),
                    Duration.ofSeconds(30)).getString("status");
        }, "COMPLETED"::equals, Duration.ofSeconds(90));
    }

    private static String send(String agency, String title) {
        return as(Roles.BKPP, "34.04").contentType("application/json").body(Map.of("title", title, "body", "Jaga netralitas.",
                "audience", Map.of("agencyCode", agency))).post("/api/v1/broadcasts").then().statusCode(202).extract().path("id");
    }

    @Test
    void badBroadcastsAreProblems() {
        as(Roles.BKPP, "34.04").contentType("application/json").body(Map.of("body", "Isi", "audience", Map.of()))
                .post("/api/v1/broadcasts").then().statusCode(400).body("errors[0].field", equalTo("title"));
        as(Roles.BKPP, "34.04").contentType("application/json").body(Map.of("title", "T", "body", "Isi"))
                .post("/api/v1/broadcasts").then().statusCode(400).body("errors[0].field", equalTo("audience"));
        as(Roles.BKPP, "34.04").contentType("application/json").body(Map.of("title", "T", "body", "Isi", "audience",
                Map.of("employmentType", "HONORER"))).post("/api/v1/broadcasts").then().statusCode(400);
        as(Roles.BKPP, "34.04").get("/api/v1/broadcasts/" + UUID.randomUUID()).then().statusCode(404);
        as(Roles.PORTAL, "34.04").get("/api/v1/broadcasts").then().statusCode(403);
    }

    private static JsonPath broadcast(String id) {
        return as(Roles.BKPP, "34.04").get("/api/v1/broadcasts/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification asn(String key) {
        return given().header("Authorization", TestTokens.token().subject(key).roles(Roles.ASN).region(null).bearer());
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An agency of the real roster with {@code staff} non-ASN employees in two units, every hundredth with an address. */
    static String agencyWithStaff(String region, int staff) {
        String roster = NotificationTestResource.roster().url();
        String bkpp = TestTokens.bearer(Roles.BKPP, region);
        String agency = "BC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                .body(Map.of("code", agency, "name", "Pemerintah Kabupaten Siaran", "regionCode", region,
                        "ppk", Map.of("name", "Bupati", "office", "Bupati"))).post("/api/v1/agencies").then().statusCode(201);
        for (String unit : List.of("UNIT-A", "UNIT-B")) {
            given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                    .body(Map.of("code", unit, "name", "Unit " + unit)).post("/api/v1/agencies/" + agency + "/units").then().statusCode(201);
        }
        StringBuilder csv = new StringBuilder("nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status,email\n");
        for (int n = 1; n <= staff; n++) {
            csv.append(",HON-").append(n).append(",Pegawai ").append(n).append(",NON_ASN,").append(agency).append(n % 2 == 0 ? ",UNIT-B" : ",UNIT-A")
                    .append(",Staf,,ACTIVE,").append(n % 100 == 0 ? "pegawai" + n + "@" + agency.toLowerCase() + ".go.id" : "").append('\n');
        }
        String location = given().baseUri(roster).header("Authorization", bkpp).contentType("text/csv").body(csv.toString())
                .post("/api/v1/imports").then().statusCode(202).extract().header("Location");
        String job = location.substring(location.indexOf("/api/"));
        JsonPath finished = Poll.until(() -> given().baseUri(roster).header("Authorization", bkpp).get(job).then().extract().jsonPath(),
                j -> List.of("COMPLETED", "FAILED").contains(j.getString("status")), Duration.ofSeconds(120));
        assertThat(finished.getString("status")).isEqualTo("COMPLETED");
        assertThat(finished.getInt("inserted")).isEqualTo(staff);
        return agency;
    }

}
