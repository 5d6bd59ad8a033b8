package id.netral.roster.api;

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
class RegionResourceTest {

    @Test
    void nationalCallerSeesAll38Provinces() {
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "*"))
                .when().get("/api/v1/regions?size=100")
                .then().statusCode(200)
                .body("total", equalTo(38))
                .body("items", hasSize(38))
                .body("items.code", hasItems("11", "34", "96"))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
    }

    @Test
    void pagingCutsTheList() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/regions?page=1&size=10")
                .then().statusCode(200)
                .body("total", equalTo(38))
                .body("items", hasSize(10))
                .body("items[0].code", equalTo("31"));
    }

    @Test
    void childrenOfAProvinceIncludeSleman() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34"))
                .when().get("/api/v1/regions?parent=34")
                .then().statusCode(200)
                .body("items.code", contains("34.01", "34.02", "34.03", "34.04", "34.71"))
                .body("items.find { it.code == '34.71' }.level", equalTo("CITY"));
    }

    @Test
    void regionalCallerSeesOnlyItsOwnRegion() {
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04"))
                .when().get("/api/v1/regions")
                .then().statusCode(200)
                .body("items.code", contains("34.04"));
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04"))
                .when().get("/api/v1/regions?parent=13")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void getOneRegion() {
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34"))
                .when().get("/api/v1/regions/34.04")
                .then().statusCode(200)
                .body("name", equalTo("Kabupaten Sleman"))
                .body("parentCode", equalTo("34"))
                .body("level", equalTo("REGENCY"));
    }

    @Test
    void regionOutsideScopeIs404NotForbidden() {
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04"))
                .when().get("/api/v1/regions/13.02")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:netral:problem:not-found"));
    }

    @Test
    void unknownRegionIs404() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/regions/99.99")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void invalidQueryParametersAreNamed() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"))
                .when().get("/api/v1/regions?parent=DIY&size=501")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:netral:problem:validation-failed"))
                .body("errors.field", contains("parent", "size"));
    }

    @Test
    void tokenWithoutRegionClaimIsRefused() {
        given().header("Authorization", TestTokens.token().roles(Roles.ADMIN).region(null).bearer())
                .when().get("/api/v1/regions")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
