package id.netral.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ClassificationErrorsTest {

    @Inject
    ValidatorFactory validators;

    private static ValidatableResponse classify(String json) {
        return given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .contentType("application/json").body(json)
                .when().post("/api/v1/classifications").then();
    }

    private static ValidatableResponse classify(String json, String acceptLanguage) {
        return given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).header("Accept-Language", acceptLanguage)
                .contentType("application/json").body(json)
                .when().post("/api/v1/classifications").then();
    }

    @Test
    void unknownActIs422NamingTheField() {
        classify("""
                {"employmentType": "PNS", "act": "DANCING", "occurredOn": "2024-10-30", "election": "PILKADA_2024"}""")
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("act"));
    }

    @Test
    void unknownElectionIs422NamingTheField() {
        classify("""
                {"employmentType": "PNS", "act": "VOTE", "occurredOn": "2024-10-30", "election": "PEMILU_1955"}""")
                .statusCode(422)
                .body("errors[0].field", equalTo("election"));
    }

    @Test
    void dateNoElectionSpansIs422InTheCallersLanguageUnderVersionOne() {
        // version 1 reads no stage outside elections; later versions answer (ClassificationVersionThreeTest)
        String noElection = """
                {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2025-06-01", "catalogVersion": 1}""";
        classify(noElection)
                .statusCode(422)
                .body("title", equalTo("Isi tidak dapat diproses"))
                .body("errors[0].field", equalTo("election"))
                .body("errors[0].message", startsWith("Tidak ada pemilihan"))
                .body("detail", startsWith("Tidak ada pemilihan"))
                .header("Content-Language", equalTo("id"));
        classify(noElection, "en")
                .statusCode(422)
                .body("title", equalTo("Unprocessable content"))
                .body("errors[0].message", startsWith("No election"))
                .body("detail", startsWith("No election"))
                .header("Content-Language", equalTo("en"));
    }

    @Test
    void validationMessagesFollowTheCallersLanguage() {
        String bad = """
                {"act": "VOTE", "occurredOn": "2024-10-30", "regionCode": "Sleman"}""";
        classify(bad).statusCode(400)
                .header("Content-Language", equalTo("id"))
                .body("title", equalTo("Validasi gagal"))
                .body("detail", equalTo("Permintaan memuat 2 field yang tidak valid"))
                .body("errors.find { it.field == 'employmentType' }.message", equalTo("wajib diisi"))
                .body("errors.find { it.field == 'regionCode' }.message", startsWith("harus kode wilayah Kemendagri"));
        classify(bad, "en;q=0.9, id;q=0.5").statusCode(400)
                .header("Content-Language", equalTo("en"))
                .body("title", equalTo("Validation failed"))
                .body("detail", equalTo("The request has 2 invalid fields"))
                .body("errors.find { it.field == 'employmentType' }.message", equalTo("must not be null"))
                .body("errors.find { it.field == 'regionCode' }.message", startsWith("must be a Kemendagri region code"));
        classify("{\"employmentType\": \"HONORER\", \"act\": \"VOTE\", \"occurredOn\": \"2024-10-30\"}", "en")
                .statusCode(400).body("errors[0].message", startsWith("must be one of"));
        classify("{\"employmentType\": \"HONORER\", \"act\": \"VOTE\", \"occurredOn\": \"2024-10-30\"}")
                .statusCode(400).body("errors[0].message", startsWith("harus salah satu dari"));
    }

    @Test
    void unknownCatalogVersionIs422() {
        classify("""
                {"employmentType": "PNS", "act": "VOTE", "occurredOn": "2024-10-30", "catalogVersion": 999}""")
                .statusCode(422)
                .body("errors[0].field", equalTo("catalogVersion"));
    }

    @Test
    void missingAndMalformedFieldsAre400() {
        classify("""
                {"act": "", "occurredOn": "2099-01-01", "regionCode": "Sleman"}""")
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("act", "employmentType", "occurredOn", "regionCode"));
    }

    @Test
    void unknownEnumValueIs400NamingTheField() {
        classify("""
                {"employmentType": "HONORER", "act": "VOTE", "occurredOn": "2024-10-30"}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("employmentType"))
                .body("errors[0].message", containsString("PNS"));
    }

    @Test
    void malformedJsonIs400() {
        classify("{\"employmentType\": ").statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void emptyBodyIs400() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).contentType("application/json")
                .when().post("/api/v1/classifications").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void batchKeepsOrderAndReportsBadItemsInPlace() {
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).contentType("application/json")
                .body("""
                        {"items": [
                          {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2024-10-30", "catalogVersion": 1},
                          {"employmentType": "PNS", "act": "NO_SUCH_ACT", "occurredOn": "2024-10-30"},
                          {"employmentType": "PPPK", "act": "VOTE", "occurredOn": "2024-11-27", "catalogVersion": 1}
                        ]}""")
                .when().post("/api/v1/classifications/batch")
                .then().statusCode(200)
                .body("results", hasSize(3))
                .body("classified", equalTo(2))
                .body("failed", equalTo(1))
                .body("results[0].result.verdict", equalTo("VIOLATION"))
                .body("results[1].status", equalTo(422))
                .body("results[1].result", nullValue())
                .body("results[1].problem.errors[0].field", equalTo("act"))
                .body("results[2].result.verdict", equalTo("PERMITTED"));
    }

    @Test
    void batchOverTheLimitIs400() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            items.append(i == 0 ? "" : ",").append("{\"employmentType\": \"PNS\", \"act\": \"VOTE\", \"occurredOn\": \"2024-11-27\"}");
        }
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).contentType("application/json")
                .body("{\"items\": [" + items + "]}")
                .when().post("/api/v1/classifications/batch")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }

    @Test
    void batchItemsAreValidatedWithTheirIndex() {
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).contentType("application/json")
                .body("""
                        {"items": [{"employmentType": "PNS", "act": "VOTE", "occurredOn": "2024-11-27"}, {"act": "VOTE"}]}""")
                .when().post("/api/v1/classifications/batch")
                .then().statusCode(400)
                .body("errors.field", contains("items[1].employmentType", "items[1].occurredOn"));
    }

    /**
     * An act seen today in Jayapura (UTC+9) is not in the future, whatever the server's zone; the
     * next day is. From midnight to 07:00 WIB the validator's default clock (UTC in a pod) refused it.
     * The requests tell the zones apart only while Jayapura's date is ahead of UTC's (15:00-24:00 UTC);
     * the clock's zone is checked at any hour.
     */
    @Test
    void anActSeenTodayInIndonesiaIsNotInTheFuture() {
        ZoneId jayapura = ZoneId.of("Asia/Jayapura");
        assertThat(validators.getClockProvider().getClock().getZone()).isEqualTo(jayapura);
        LocalDate today = LocalDate.now(jayapura);
        classify("{\"employmentType\": \"PNS\", \"act\": \"PARTY_MEMBERSHIP\", \"occurredOn\": \"" + today + "\"}")
                .statusCode(200)
                .body("verdict", equalTo("VIOLATION"));
        classify("{\"employmentType\": \"PNS\", \"act\": \"PARTY_MEMBERSHIP\", \"occurredOn\": \"" + today.plusDays(1) + "\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("occurredOn"));
    }
}
