package id.netral.cases.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.cases.testing.NeighboursResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(NeighboursResource.class)
class DeadlineRuleResourceTest {

    @Test
    void regionalDeadlinesCarryTheirLegalBasis() {
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04"))
                .when().get("/api/v1/deadline-rules?electionType=REGIONAL")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.electionType", everyItem(equalTo("REGIONAL")))
                .body("items.find { it.code == 'BAWASLU_REVIEW' }.days", equalTo(3))
                .body("items.find { it.code == 'BAWASLU_REVIEW' }.extensionDays", equalTo(2))
                .body("items.find { it.code == 'BAWASLU_REVIEW' }.legalBasis", startsWith("UU 10/2016 tentang"))
                .body("items.every { it.startsFrom != null && it.legalBasis != null }", equalTo(true));
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).header("Accept-Language", "en")
                .when().get("/api/v1/deadline-rules?electionType=REGIONAL")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("items.find { it.code == 'BAWASLU_REVIEW' }.legalBasis", equalTo("UU 10/2016 on regional elections"));
    }

    @Test
    void disputedPpkDeadlineIsFlagged() {
        given().header("Authorization", TestTokens.bearer(Roles.PPK, "34.04"))
                .when().get("/api/v1/deadline-rules?electionType=GENERAL&size=2&page=2")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("TASK_FORCE_VERIFICATION"));
        given().header("Authorization", TestTokens.bearer(Roles.PPK, "34.04"))
                .when().get("/api/v1/deadline-rules")
                .then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.findAll { it.disputed }.code", contains("PPK_DECISION", "PPK_DECISION"));
    }

    @Test
    void unknownElectionTypeIsAValidationProblem() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/deadline-rules?electionType=PILKADA&page=-1")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("electionType", "page"));
    }

    @Test
    void aPeriodFallsDueAsIntakeCountsIt() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/deadline-rules/REPORT_FILING/due?electionType=REGIONAL&from=2024-10-30")
                .then().statusCode(200)
                .body("code", equalTo("REPORT_FILING")).body("electionType", equalTo("REGIONAL"))
                .body("startsOn", equalTo("2024-10-30")).body("dueOn", equalTo("2024-11-06"))
                .body("days", equalTo(7)).body("workingDays", equalTo(false))
                .body("legalBasis", startsWith("UU 10/2016"));
        // general elections count working days: Isra Mikraj, Imlek's leave and day, a weekend and the voting day are skipped
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34")).header("Accept-Language", "en")
                .when().get("/api/v1/deadline-rules/REPORT_FILING/due?electionType=GENERAL&from=2024-02-07")
                .then().statusCode(200)
                .body("dueOn", equalTo("2024-02-21")).body("workingDays", equalTo(true))
                .body("legalBasis", startsWith("UU 7/2017"));
    }

    @Test
    void aDueDateNeedsAKnownPeriodAndARealDay() {
        String portal = TestTokens.bearer(Roles.PORTAL, "34.04");
        given().header("Authorization", portal)
                .when().get("/api/v1/deadline-rules/NO_SUCH_STEP/due?electionType=REGIONAL&from=2024-10-30")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("Authorization", portal)
                .when().get("/api/v1/deadline-rules/REPORT_FILING/due?electionType=PILKADA&from=30-10-2024")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("electionType", "from"));
        given().header("Authorization", portal)
                .when().get("/api/v1/deadline-rules/REPORT_FILING/due")
                .then().statusCode(400).body("errors.field", contains("electionType", "from"));
        given().header("Authorization", portal)
                .when().get("/api/v1/deadline-rules/REPORT_FILING/due?electionType=REGIONAL&from=2024-02-30")
                .then().statusCode(422).body("errors[0].field", equalTo("from"));
        given().when().get("/api/v1/deadline-rules/REPORT_FILING/due?electionType=REGIONAL&from=2024-10-30")
                .then().statusCode(401);
    }
}
