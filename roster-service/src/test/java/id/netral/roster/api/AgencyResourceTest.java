package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AgencyResourceTest {

    @Test
    void registerAnAgencyWithItsPpkAndUnits() {
        String code = Fixtures.unique("SLEMAN-");
        as(Roles.BKPP, "34.04").body(Map.of("code", code, "name", "Pemerintah Kabupaten Sleman", "regionCode", "34.04",
                "ppk", Map.of("name", "Bupati Sleman", "office", "Bupati")))
                .post("/api/v1/agencies").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("ppk.name", equalTo("Bupati Sleman"))
                .body("createdBy", equalTo("bkpp@34.04"));
        as(Roles.BKPP, "34.04").body(Map.of("code", "DISDIK", "name", "Dinas Pendidikan"))
                .post("/api/v1/agencies/" + code + "/units").then().statusCode(201);
        as(Roles.BKPP, "34.04").body(Map.of("code", "SD-1", "name", "SD Negeri 1", "parentCode", "DISDIK"))
                .post("/api/v1/agencies/" + code + "/units").then().statusCode(201).body("parentCode", equalTo("DISDIK"));
        as(Roles.PORTAL, "34").get("/api/v1/agencies/" + code + "/units").then().statusCode(200)
                .body("items.code", contains("DISDIK", "SD-1"));
        as(Roles.PORTAL, "34.04").get("/api/v1/agencies/" + code).then().statusCode(200).body("regionCode", equalTo("34.04"));
    }

    @Test
    void duplicatesAndUnknownsAreRefused() {
        String code = Fixtures.agency("34.04");
        admin().body(Map.of("code", code, "name", "again", "regionCode", "34.04", "ppk", Map.of("name", "x", "office", "y")))
                .post("/api/v1/agencies").then().statusCode(409).contentType(startsWith("application/problem+json"));
        admin().body(Map.of("code", "UNIT-A", "name", "again")).post("/api/v1/agencies/" + code + "/units").then().statusCode(409);
        admin().body(Map.of("code", "UNIT-B", "name", "b", "parentCode", "NOPE")).post("/api/v1/agencies/" + code + "/units")
                .then().statusCode(422).body("errors[0].field", equalTo("parentCode"));
        admin().body(Map.of("code", "AG-X", "name", "x", "regionCode", "99.99", "ppk", Map.of("name", "x", "office", "y")))
                .post("/api/v1/agencies").then().statusCode(422).body("errors[0].field", equalTo("regionCode"));
        admin().get("/api/v1/agencies/NO-SUCH").then().statusCode(404);
        admin().body(Map.of("code", "XX", "name", "x")).post("/api/v1/agencies/NO-SUCH/units").then().statusCode(404);
    }

    @Test
    void invalidBodiesAre400WithFields() {
        admin().body(Map.of("code", "lower case", "regionCode", "Sleman", "ppk", Map.of("name", "")))
                .post("/api/v1/agencies").then().statusCode(400)
                .body("errors.field", contains("code", "name", "ppk.name", "ppk.office", "regionCode"));
    }

    @Test
    void regionScopeOnAgencies() {
        String solok = Fixtures.agency("13.02");
        String sleman = Fixtures.agency("34.04");
        as(Roles.BKPP, "34.04").get("/api/v1/agencies/" + solok).then().statusCode(404);
        as(Roles.BKPP, "34.04").get("/api/v1/agencies/" + solok + "/units").then().statusCode(404);
        as(Roles.BKPP, "34.04").get("/api/v1/agencies?size=500").then().statusCode(200)
                .body("items.code", hasItem(sleman)).body("items.code", not(hasItem(solok)));
        as(Roles.BKPP, "34.04").body(Map.of("code", Fixtures.unique("AG-"), "name", "x", "regionCode", "13.02",
                "ppk", Map.of("name", "x", "office", "y"))).post("/api/v1/agencies").then().statusCode(422);
        as(Roles.BKPP, "34.04").body(Map.of("code", "U2", "name", "x")).post("/api/v1/agencies/" + solok + "/units")
                .then().statusCode(404);
    }

    @Test
    void onlyAdminAndBkppRegisterAgencies() {
        as(Roles.PORTAL, "34.04").body(Map.of("code", "AG-P", "name", "x", "regionCode", "34.04", "ppk", Map.of("name", "x", "office", "y")))
                .post("/api/v1/agencies").then().statusCode(403);
        as(Roles.BAWASLU, "34.04").body(Map.of("code", "U", "name", "x")).post("/api/v1/agencies/X/units").then().statusCode(403);
    }
}
