package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class EventTypeResourceTest {

    @Test
    void portalSeesTheEventCatalog() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/event-types")
                .then().statusCode(200)
                .body("total", equalTo(9))
                .body("items.code", hasItems("CASE_REGISTERED", "SANCTION_DECIDED", "DEADLINE_MISSED"));
    }

    @Test
    void pageOfTwo() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/event-types?size=2&page=4")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("SANCTION_EXECUTED"));
    }

    @Test
    void oneEventTypeAndAnUnknownOne() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/event-types/SANCTION_DECIDED")
                .then().statusCode(200)
                .header("Content-Language", "id")
                .body("description", equalTo("PPK telah memutuskan sanksi"));
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).header("Accept-Language", "en")
                .when().get("/api/v1/event-types/SANCTION_DECIDED")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("description", equalTo("The PPK decided the sanction"));
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/event-types/NOPE")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void oversizedPageIsAValidationProblem() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/event-types?size=0")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("size"));
    }
}
