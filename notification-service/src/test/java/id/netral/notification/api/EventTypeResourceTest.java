package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.notification.testing.NotificationTestResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class EventTypeResourceTest {

    @Test
    void portalSeesTheEventCatalog() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/event-types")
                .then().statusCode(200)
                .body("total", equalTo(8))
                .body("items.code", hasItems("case.registered", "case.status-changed", "case.overdue", "takedown.requested",
                        "case.measure-taken"));
    }

    @Test
    void pageOfTwo() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/event-types?size=3&page=2")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].code", equalTo("takedown.requested"));
    }

    @Test
    void oneEventTypeAndAnUnknownOne() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/event-types/case.overdue")
                .then().statusCode(200)
                .header("Content-Language", "id")
                .body("description", equalTo("Batas waktu suatu tahap penanganan terlampaui"));
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).header("Accept-Language", "en")
                .when().get("/api/v1/event-types/case.overdue")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("description", equalTo("A deadline of the handling chain passed"));
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
