package id.netral.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ElectionResourceTest {

    private static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region)).contentType("application/json");
    }

    @Test
    void builtInElectionsHaveTheirDates() {
        as(Roles.PORTAL, "34.04").get("/api/v1/elections/PILKADA_2024").then().statusCode(200)
                .body("candidatesSetOn", equalTo("2024-09-22"))
                .body("campaignStart", equalTo("2024-09-25"))
                .body("campaignEnd", equalTo("2024-11-23"))
                .body("quietStart", equalTo("2024-11-24"))
                .body("quietEnd", equalTo("2024-11-26"))
                .body("voteOn", equalTo("2024-11-27"));
        as(Roles.PORTAL, "34.04").get("/api/v1/elections/PEMILU_2024").then().statusCode(200)
                .body("type", equalTo("GENERAL"))
                .body("campaignStart", equalTo("2023-11-28"))
                .body("voteOn", equalTo("2024-02-14"));
        as(Roles.PORTAL, "34.04").get("/api/v1/elections").then().statusCode(200)
                .body("items.code", hasItems("PEMILU_2024", "PILKADA_2024"));
        // each contest with its own determination day: lists before presidential pairs in 2024
        as(Roles.PORTAL, "34.04").get("/api/v1/elections/PEMILU_2024").then().statusCode(200)
                .body("contests.find { it.contest == 'DPR' }.candidatesSetOn", equalTo("2023-11-03"))
                .body("contests.find { it.contest == 'PRESIDENTIAL' }.candidatesSetOn", equalTo("2023-11-13"))
                .body("contests.size()", equalTo(4));
        as(Roles.PORTAL, "34.04").get("/api/v1/elections/PILKADA_2024").then().statusCode(200)
                .body("contests.contest", contains("REGIONAL_HEAD"));
    }

    @Test
    void contestsDefaultToTheElectionTypeAndMustFitItsTimeline() {
        as(Roles.ADMIN, "*").body("""
                {"code": "PEMILU_2039", "name": "Pemilu 2039", "type": "GENERAL", "candidatesSetOn": "2038-11-13",
                 "campaignStart": "2038-11-28", "campaignEnd": "2039-02-10", "voteOn": "2039-02-14",
                 "contests": [{"contest": "DPR", "candidatesSetOn": "2038-11-03"}, {"contest": "PRESIDENTIAL", "candidatesSetOn": "2038-11-13"}]}""")
                .post("/api/v1/elections").then().statusCode(201)
                .body("contests.contest", contains("DPR", "PRESIDENTIAL"));
        as(Roles.ADMIN, "*").body("""
                {"code": "PSU_MALANG_2037", "name": "PSU Malang", "type": "REGIONAL", "candidatesSetOn": "2037-02-10",
                 "campaignStart": "2037-02-12", "campaignEnd": "2037-04-12", "voteOn": "2037-04-19", "regionCodes": ["35.07"]}""")
                .post("/api/v1/elections").then().statusCode(201)
                .body("contests.contest", contains("REGIONAL_HEAD"))
                .body("contests[0].candidatesSetOn", equalTo("2037-02-10"));
        String base = """
                {"code": "PEMILU_2034", "name": "Pemilu 2034", "type": "GENERAL", "candidatesSetOn": "2033-11-13",
                 "campaignStart": "2033-11-28", "campaignEnd": "2034-02-10", "voteOn": "2034-02-14", "contests": %s}""";
        as(Roles.ADMIN, "*").body(base.formatted("[{\"contest\": \"REGIONAL_HEAD\", \"candidatesSetOn\": \"2033-11-13\"}]"))
                .post("/api/v1/elections").then().statusCode(422).body("errors[0].field", equalTo("contests[0].contest"));
        as(Roles.ADMIN, "*").body(base.formatted("[{\"contest\": \"DPR\", \"candidatesSetOn\": \"2033-11-03\"}]"))
                .post("/api/v1/elections").then().statusCode(422).body("errors[0].field", equalTo("candidatesSetOn"));
        as(Roles.ADMIN, "*").body(base.formatted("[{\"contest\": \"DPR\", \"candidatesSetOn\": \"2033-11-20\"}]"))
                .post("/api/v1/elections").then().statusCode(422).body("errors[0].field", equalTo("contests[0].candidatesSetOn"));
        as(Roles.ADMIN, "*").body(base.formatted("[{\"contest\": \"DPR\", \"candidatesSetOn\": \"2033-11-13\"},"
                + " {\"contest\": \"DPR\", \"candidatesSetOn\": \"2033-11-13\"}]"))
                .post("/api/v1/elections").then().statusCode(422).body("errors[0].field", equalTo("contests[1].contest"));
        as(Roles.ADMIN, "*").body(base.formatted("[{\"contest\": \"DPR\"}]"))
                .post("/api/v1/elections").then().statusCode(400);
        as(Roles.ADMIN, "*").get("/api/v1/elections/PEMILU_2034").then().statusCode(404);
    }

    @Test
    void aByElectionIsVisibleAndInferredOnlyInItsRegion() {
        as(Roles.ADMIN, "*").body("""
                {"code": "PSU_SOLOK_2025", "name": "Pemungutan suara ulang Kabupaten Solok", "type": "REGIONAL",
                 "candidatesSetOn": "2025-02-10", "campaignStart": "2025-02-12", "campaignEnd": "2025-04-12",
                 "voteOn": "2025-04-19", "regionCodes": ["13.02"]}""")
                .post("/api/v1/elections")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/elections/PSU_SOLOK_2025"))
                .body("periodStart", equalTo("2024-08-10"))
                .body("periodEnd", equalTo("2025-06-18"))
                .body("builtIn", equalTo(false));

        as(Roles.BAWASLU, "13").get("/api/v1/elections/PSU_SOLOK_2025").then().statusCode(200);
        as(Roles.BAWASLU, "34.04").get("/api/v1/elections/PSU_SOLOK_2025").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/elections").then().body("items.code", not(hasItem("PSU_SOLOK_2025")));

        String act = """
                {"employmentType": "PNS", "act": "SOCIAL_MEDIA_SHARE", "occurredOn": "2025-03-01", "regionCode": "13.02"}""";
        as(Roles.BAWASLU, "13.02").body(act).post("/api/v1/classifications").then().statusCode(200)
                .body("election", equalTo("PSU_SOLOK_2025"))
                .body("stage", equalTo("CAMPAIGN"))
                .body("verdict", equalTo("VIOLATION"));
        // elsewhere no election runs that day: the act lies outside elections, and no rule covers a share there
        as(Roles.BAWASLU, "34.04").body(act.replace("13.02", "34.04")).post("/api/v1/classifications").then().statusCode(200)
                .body("election", nullValue())
                .body("stage", equalTo("OUTSIDE_ELECTION"))
                .body("verdict", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void overlappingElectionsAreAskedForUnlessNamed() {
        as(Roles.ADMIN, "*").body("""
                {"code": "PSU_BLORA_2024", "name": "Pemungutan suara ulang Blora", "type": "REGIONAL",
                 "candidatesSetOn": "2024-10-01", "campaignStart": "2024-10-02", "campaignEnd": "2024-11-30",
                 "voteOn": "2024-12-07", "regionCodes": ["33.16"]}""")
                .post("/api/v1/elections").then().statusCode(201);
        as(Roles.BAWASLU, "33.16").body("""
                {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2024-10-30"}""")
                .post("/api/v1/classifications").then().statusCode(200)
                .body("verdict", equalTo("NEEDS_REVIEW"))
                .body("election", nullValue())
                .body("questions[0].field", equalTo("contest"))
                .body("questions[0].question", containsString("PSU_BLORA_2024 (REGIONAL_HEAD)"))
                .body("questions[0].question", containsString("PILKADA_2024 (REGIONAL_HEAD)"));
        // both hold the contest: it cannot place the act, so the question is which election, not the contest again
        as(Roles.BAWASLU, "33.16").body("""
                {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2024-10-30", "contest": "REGIONAL_HEAD"}""")
                .post("/api/v1/classifications").then().statusCode(200)
                .body("verdict", equalTo("NEEDS_REVIEW"))
                .body("questions[0].field", nullValue());
        as(Roles.BAWASLU, "33.16").body("""
                {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2024-10-30", "election": "PSU_BLORA_2024"}""")
                .post("/api/v1/classifications").then().statusCode(200)
                .body("verdict", equalTo("VIOLATION"))
                .body("election", equalTo("PSU_BLORA_2024"));
    }

    @Test
    void invalidElectionsAreRefused() {
        as(Roles.ADMIN, "*").body("""
                {"code": "PILKADA_2024", "name": "dup", "type": "REGIONAL", "candidatesSetOn": "2024-09-22",
                 "campaignStart": "2024-09-25", "campaignEnd": "2024-11-23", "voteOn": "2024-11-27"}""")
                .post("/api/v1/elections").then().statusCode(409);
        as(Roles.ADMIN, "*").body("""
                {"code": "PEMILU_2029", "name": "Pemilu 2029", "type": "GENERAL", "candidatesSetOn": "2028-11-13",
                 "campaignStart": "2028-11-01", "campaignEnd": "2029-02-10", "voteOn": "2029-02-14"}""")
                .post("/api/v1/elections").then().statusCode(422).body("errors[0].field", equalTo("campaignStart"));
        as(Roles.ADMIN, "*").body("""
                {"code": "PEMILU_2029", "name": "Pemilu 2029", "type": "GENERAL", "candidatesSetOn": "2028-11-13",
                 "campaignStart": "2028-11-28", "campaignEnd": "2029-02-10", "voteOn": "2029-02-14", "regionCodes": ["34"]}""")
                .post("/api/v1/elections").then().statusCode(422).body("errors[0].field", equalTo("regionCodes"));
        as(Roles.ADMIN, "*").body("""
                {"code": "pemilu", "type": "GENERAL", "candidatesSetOn": "2028-11-13", "regionCodes": ["DIY"]}""")
                .post("/api/v1/elections").then().statusCode(400)
                .body("errors.field", hasItems("code", "name", "campaignStart", "campaignEnd", "voteOn", "regionCodes[0]"));
        as(Roles.PORTAL, "*").get("/api/v1/elections/PEMILU_2029").then().statusCode(404);
    }
}
