package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import id.netral.common.api.IndonesianToday;
import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FamilyAndPledgeTest {

    @Inject
    ValidatorFactory validators;

    private static Map<String, Object> candidacy(String relation) {
        return Map.of("relation", relation, "candidateName", "Calon " + relation, "electionCode", "PILKADA_2024",
                "office", "Bupati", "party", "Partai Contoh");
    }

    @Test
    void everyAsnWithACandidateSpouseInARegionIsOneCall() {
        String sleman = Fixtures.agency("34.04");
        String bantul = Fixtures.agency("34.02");
        String a = Fixtures.employee(sleman, "Istri Calon");
        String b = Fixtures.employee(sleman, "Anak Calon");
        String c = Fixtures.employee(bantul, "Suami Calon Bantul");
        as(Roles.BKPP, "34.04").body(candidacy("SPOUSE")).post("/api/v1/employees/" + a + "/family-candidacies").then().statusCode(201)
                .body("regionCode", equalTo("34.04")).body("employee.nip", equalTo(a)).body("createdAt", notNullValue());
        as(Roles.BKPP, "34.04").body(candidacy("CHILD")).post("/api/v1/employees/" + b + "/family-candidacies").then().statusCode(201);
        admin().body(candidacy("SPOUSE")).post("/api/v1/employees/" + c + "/family-candidacies").then().statusCode(201);

        as(Roles.BAWASLU, "34").get("/api/v1/family-candidacies?relation=SPOUSE&region=34.04&election=PILKADA_2024&size=500")
                .then().statusCode(200)
                .body("items.employee.nip", hasItem(a))
                .body("items.employee.nip", not(hasItem(b)))
                .body("items.employee.nip", not(hasItem(c)))
                .body("items.relation", everyItem(equalTo("SPOUSE")));
        as(Roles.BAWASLU, "34.04").get("/api/v1/family-candidacies?relation=SPOUSE&region=34.02").then().statusCode(200)
                .body("total", equalTo(0));
        as(Roles.BAWASLU, "34.04").get("/api/v1/employees/" + a + "/family-candidacies").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void familyDataIsNotForPortalsAndIsValidated() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.employee(agency, "Lima");
        as(Roles.PORTAL, "34.04").get("/api/v1/family-candidacies").then().statusCode(403);
        as(Roles.BAWASLU, "34.04").body(candidacy("SPOUSE")).post("/api/v1/employees/" + nip + "/family-candidacies").then().statusCode(403);
        admin().body(Map.of("relation", "COUSIN", "candidateName", "x", "electionCode", "E", "office", "o"))
                .post("/api/v1/employees/" + nip + "/family-candidacies").then().statusCode(400)
                .body("errors[0].field", equalTo("relation"));
        admin().body(Map.of("relation", "SPOUSE")).post("/api/v1/employees/" + nip + "/family-candidacies").then().statusCode(400);
        admin().body(candidacy("SPOUSE")).post("/api/v1/employees/" + Fixtures.pnsNip() + "/family-candidacies").then().statusCode(404);
        admin().get("/api/v1/family-candidacies?region=DIY").then().statusCode(400).body("errors[0].field", equalTo("region"));
    }

    @Test
    void aPledgeSignedCollectivelyShowsOnEachEmployee() {
        String agency = Fixtures.agency("33.16");
        String other = Fixtures.agency("33.16");
        String a = Fixtures.employee(agency, "Enam");
        String b = Fixtures.employee(agency, "Tujuh");
        String outsider = Fixtures.employee(other, "Delapan");
        long id = ((Number) as(Roles.BKPP, "33.16").body(Map.of("agencyCode", agency, "pledgedOn", "2023-05-22",
                "place", "Pendopo Blora", "textReference", "Ikrar Netralitas ASN Blora 2023"))
                .post("/api/v1/pledges").then().statusCode(201).extract().path("id")).longValue();

        String unknown = Fixtures.pnsNip();
        as(Roles.BKPP, "33.16").body(Map.of("nips", List.of(a, b, outsider, unknown)))
                .post("/api/v1/pledges/" + id + "/signatures").then().statusCode(200)
                .body("signed", equalTo(2)).body("alreadySigned", equalTo(0))
                .body("rejected.nip", equalTo(List.of(outsider, unknown)))
                .body("rejected.reason", equalTo(List.of("Bekerja di " + other + ", bukan di " + agency, "Tidak ada dalam daftar pegawai wilayah Anda")));
        // why, in the caller's language: a portal or the console shows it as it comes
        as(Roles.BKPP, "33.16").header("Accept-Language", "en").body(Map.of("nips", List.of(outsider)))
                .post("/api/v1/pledges/" + id + "/signatures").then().statusCode(200)
                .body("rejected.reason", equalTo(List.of("Works for " + other + ", not " + agency)));
        as(Roles.BKPP, "33.16").body(Map.of("nips", List.of(a))).post("/api/v1/pledges/" + id + "/signatures").then()
                .body("signed", equalTo(0)).body("alreadySigned", equalTo(1));

        as(Roles.BAWASLU, "33").get("/api/v1/employees/" + a).then().statusCode(200)
                .body("pledge.pledgeId", equalTo((int) id))
                .body("pledge.pledgedOn", equalTo("2023-05-22"))
                .body("pledge.signedAt", notNullValue());
        as(Roles.PORTAL, "33.16").get("/api/v1/pledges/" + id).then().statusCode(200).body("signatures", equalTo(2));
        as(Roles.PORTAL, "33.16").get("/api/v1/pledges?size=500").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.signatures", equalTo(2));
        as(Roles.PORTAL, "34.04").get("/api/v1/pledges/" + id).then().statusCode(404);
        as(Roles.BKPP, "34.04").body(Map.of("nips", List.of(a))).post("/api/v1/pledges/" + id + "/signatures").then().statusCode(404);
        as(Roles.PORTAL, "33.16").get("/api/v1/pledges?agency=" + agency).then().statusCode(200).body("total", equalTo(1));
    }

    /** A form sent twice, or a retry after a timeout, records one pledge; a key is its caller's own. */
    @Test
    void aPledgeSentAgainUnderItsIdempotencyKeyIsRecordedOnce() throws Exception {
        String agency = Fixtures.agency("33.16");
        Map<String, Object> body = Map.of("agencyCode", agency, "pledgedOn", "2024-09-20", "place", "Aula", "textReference", "SKB 2022");
        int first = as(Roles.BKPP, "33.16").header("Idempotency-Key", "ikrar-1").body(body).post("/api/v1/pledges").then()
                .statusCode(201).extract().path("id");
        as(Roles.BKPP, "33.16").body(Map.of("nips", List.of(Fixtures.employee(agency, "Penandatangan"))))
                .post("/api/v1/pledges/" + first + "/signatures").then().statusCode(200).body("signed", equalTo(1));
        as(Roles.BKPP, "33.16").header("Idempotency-Key", "ikrar-1").body(body).post("/api/v1/pledges").then().statusCode(200)
                .header("Location", endsWith("/api/v1/pledges/" + first))
                .body("id", equalTo(first)).body("signatures", equalTo(1));
        as(Roles.BKPP, "33.16").header("Idempotency-Key", "ikrar-1").body(Map.of("agencyCode", agency, "pledgedOn", "2024-09-21",
                "place", "Aula", "textReference", "SKB 2022")).post("/api/v1/pledges").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("ikrar-1"));
        // the same words from another officer are another key: their pledge is theirs
        int others = given("bkpp-lain@33.16").header("Idempotency-Key", "ikrar-1").body(body).post("/api/v1/pledges").then()
                .statusCode(201).extract().path("id");
        assertThat(others).isNotEqualTo(first);
        as(Roles.BKPP, "33.16").header("Idempotency-Key", "k".repeat(201)).body(body).post("/api/v1/pledges").then().statusCode(400);

        // two at once under a new key: one pledge, both answered with it
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> send = () -> as(Roles.BKPP, "33.16").header("Idempotency-Key", "ikrar-2").body(body)
                    .post("/api/v1/pledges").then().statusCode(oneOf(200, 201)).extract().path("id");
            List<Future<Integer>> sent = pool.invokeAll(List.of(send, send));
            assertThat(sent.get(0).get()).isEqualTo(sent.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        as(Roles.PORTAL, "33.16").get("/api/v1/pledges?agency=" + agency).then().statusCode(200).body("total", equalTo(3));
    }

    private static RequestSpecification given(String subject) {
        return RestAssured.given().contentType("application/json").header("Authorization",
                TestTokens.token().roles(Roles.BKPP).region("33.16").subject(subject).bearer());
    }

    /**
     * A pledge read today in Jayapura (UTC+9) is today's, whatever the server's zone: from midnight
     * to 07:00 WIB the validator's default clock (UTC in a pod) called it a day in the future.
     */
    @Test
    void aPledgeReadTodayInIndonesiaIsNotInTheFuture() {
        assertThat(validators.getClockProvider()).isInstanceOf(IndonesianToday.class);
        String agency = Fixtures.agency("33.16");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        as(Roles.BKPP, "33.16").body(Map.of("agencyCode", agency, "pledgedOn", today.toString(), "place", "Aula Jayapura",
                "textReference", "Ikrar Netralitas ASN")).post("/api/v1/pledges").then().statusCode(201)
                .body("pledgedOn", equalTo(today.toString()));
        as(Roles.BKPP, "33.16").body(Map.of("agencyCode", agency, "pledgedOn", today.plusDays(1).toString(), "place", "Aula",
                "textReference", "Ikrar")).post("/api/v1/pledges").then().statusCode(400).body("errors[0].field", equalTo("pledgedOn"));
    }

    @Test
    void badPledges() {
        admin().body(Map.of("agencyCode", "NO-SUCH", "pledgedOn", "2023-05-22", "place", "x", "textReference", "y"))
                .post("/api/v1/pledges").then().statusCode(422).body("errors[0].field", equalTo("agencyCode"));
        admin().body(Map.of("agencyCode", "X", "pledgedOn", "2999-01-01")).post("/api/v1/pledges").then().statusCode(400);
        admin().body(Map.of("nips", List.of())).post("/api/v1/pledges/1/signatures").then().statusCode(400);
        admin().get("/api/v1/pledges/999999").then().statusCode(404);
        as(Roles.PORTAL, "*").body(Map.of("agencyCode", "X", "pledgedOn", "2023-05-22", "place", "x", "textReference", "y"))
                .post("/api/v1/pledges").then().statusCode(403);
    }
}
