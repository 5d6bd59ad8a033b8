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

    @Test
    void everyRegionOfIndonesiaIsThereLevelByLevel() {
        for (var level : java.util.Map.of("PROVINCE", 38, "REGENCY", 514, "CITY", 98, "DISTRICT", 7285, "VILLAGE", 83762).entrySet()) {
            given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).queryParam("level", level.getKey()).queryParam("size", 1)
                    .when().get("/api/v1/regions").then().statusCode(200).body("total", equalTo(level.getValue()));
        }
        // every region below a province hangs from a region of the level above
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).when().get("/api/v1/regions?parent=34.04&size=500")
                .then().body("total", equalTo(17)).body("items.level", org.hamcrest.Matchers.everyItem(equalTo("DISTRICT")));
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).when().get("/api/v1/regions/34.04.01.2001")
                .then().statusCode(200).body("level", equalTo("VILLAGE")).body("parentCode", equalTo("34.04.01"))
                .body("parents.code", contains("34", "34.04", "34.04.01"))
                .body("parents.name", contains("Daerah Istimewa Yogyakarta", "Kabupaten Sleman", "Gamping"));
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).when().get("/api/v1/regions?q=sleman&level=REGENCY")
                .then().body("items.code", contains("34.04"));
    }

    @Test
    void aDistrictTokenSeesItsDistrictOnly() {
        String district = TestTokens.bearer(Roles.BAWASLU, "34.04.01");
        given().header("Authorization", district).when().get("/api/v1/regions").then().body("items.code", contains("34.04.01"));
        given().header("Authorization", district).when().get("/api/v1/regions?level=VILLAGE&size=500").then()
                .body("total", equalTo(5)).body("items.code", org.hamcrest.Matchers.everyItem(startsWith("34.04.01.")));
        given().header("Authorization", district).when().get("/api/v1/regions/34.04.02").then().statusCode(404);
        given().header("Authorization", district).when().get("/api/v1/regions/34.04").then().statusCode(404);
        String village = TestTokens.bearer(Roles.BAWASLU, "34.04.01.2001");
        given().header("Authorization", village).when().get("/api/v1/regions/34.04.01.2001").then().statusCode(200);
        given().header("Authorization", village).when().get("/api/v1/regions/34.04.01.2002").then().statusCode(404);
    }

    @Test
    void anUnknownRegionIsRefusedWhereverOneIsNamed() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).contentType("application/json")
                .body(java.util.Map.of("code", "AG-NOWHERE", "name", "Pemerintah Entah", "regionCode", "34.99",
                        "ppk", java.util.Map.of("name", "Bupati", "office", "Bupati")))
                .when().post("/api/v1/agencies").then().statusCode(422).body("errors[0].field", equalTo("regionCode"));
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).contentType("application/json")
                .body(java.util.Map.of("code", "AG-KECAMATAN", "name", "Kantor Kecamatan Gamping", "regionCode", "34.04.01",
                        "ppk", java.util.Map.of("name", "Bupati Sleman", "office", "Bupati")))
                .when().post("/api/v1/agencies").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).when().get("/api/v1/regions?level=HAMLET").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "*")).when().get("/api/v1/regions?q=a").then().statusCode(400);
    }
}
