package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AccountResourceTest {

    @Test
    void whoseAccountIsThis() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.employee(agency, "Yusuf Maulana");
        String handle = Fixtures.unique("yusuf.m");
        as(Roles.BAWASLU, "34.04").body(Map.of("url", "https://www.instagram.com/" + handle.toUpperCase() + "/?hl=id"))
                .post("/api/v1/employees/" + nip + "/accounts").then().statusCode(201)
                .body("platform", equalTo("INSTAGRAM")).body("handle", equalTo(handle))
                .body("createdAt", org.hamcrest.Matchers.notNullValue());

        for (String url : List.of("instagram.com/" + handle, "http://m.instagram.com/" + handle + "/", "@" + handle)) {
            var request = as(Roles.PORTAL, "34.04");
            request = url.startsWith("@") ? request.queryParam("platform", "INSTAGRAM").queryParam("handle", url)
                    : request.queryParam("url", url);
            request.get("/api/v1/accounts/lookup").then().statusCode(200)
                    .body("name", equalTo("Yusuf Maulana"))
                    .body("agencyCode", equalTo(agency))
                    .body("regionCode", equalTo("34.04"))
                    .body("nip", equalTo(nip.substring(0, 4) + "***********" + nip.substring(15)));
        }
        as(Roles.BAWASLU, "34.04").get("/api/v1/employees/" + nip + "/accounts").then().statusCode(200)
                .body("handle", equalTo(List.of(handle)));
    }

    @Test
    void oneAccountBelongsToOnePerson() {
        String agency = Fixtures.agency("34.04");
        String first = Fixtures.employee(agency, "Satu");
        String second = Fixtures.employee(agency, "Dua");
        String handle = Fixtures.unique("shared_");
        admin().body(Map.of("platform", "X", "handle", "@" + handle)).post("/api/v1/employees/" + first + "/accounts").then().statusCode(201);
        admin().body(Map.of("url", "https://twitter.com/" + handle)).post("/api/v1/employees/" + second + "/accounts").then()
                .statusCode(409).body("detail", startsWith("Akun ini terdaftar atas orang lain"));
        admin().body(Map.of("url", "https://x.com/" + handle)).post("/api/v1/employees/" + first + "/accounts").then().statusCode(409);
    }

    @Test
    void badAccountInputs() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.employee(agency, "Tiga");
        admin().body(Map.of("url", "https://www.instagram.com/p/Cabc123/")).post("/api/v1/employees/" + nip + "/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        admin().body(Map.of("platform", "FACEBOOK", "url", "https://x.com/someone")).post("/api/v1/employees/" + nip + "/accounts")
                .then().statusCode(422).body("errors[0].field", equalTo("platform"));
        admin().body(Map.of("handle", "someone")).post("/api/v1/employees/" + nip + "/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("platform"));
        admin().body(Map.of("platform", "MYSPACE", "handle", "x")).post("/api/v1/employees/" + nip + "/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("platform"));
        admin().body(Map.of("platform", "X", "handle", "x")).post("/api/v1/employees/" + Fixtures.pnsNip() + "/accounts")
                .then().statusCode(404);
        admin().get("/api/v1/accounts/lookup").then().statusCode(400);
        admin().queryParam("platform", "MYSPACE").queryParam("handle", "x").get("/api/v1/accounts/lookup").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("platform"))
                .body("errors[0].message", equalTo("harus kode platform seperti INSTAGRAM"));
        admin().queryParam("url", "https://x.com/nobody_" + Fixtures.unique("")).get("/api/v1/accounts/lookup").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void lookupIsRegionScoped() {
        String agency = Fixtures.agency("13.02");
        String nip = Fixtures.employee(agency, "Orang Solok");
        String handle = Fixtures.unique("solok.");
        admin().body(Map.of("platform", "TIKTOK", "handle", handle)).post("/api/v1/employees/" + nip + "/accounts").then().statusCode(201);
        as(Roles.BAWASLU, "34.04").queryParam("url", "https://www.tiktok.com/@" + handle).get("/api/v1/accounts/lookup")
                .then().statusCode(404);
        as(Roles.BAWASLU, "13").queryParam("url", "https://www.tiktok.com/@" + handle + "/video/1").get("/api/v1/accounts/lookup")
                .then().statusCode(200).body("nip", equalTo(nip));
        as(Roles.BAWASLU, "34.04").body(Map.of("platform", "X", "handle", "x")).post("/api/v1/employees/" + nip + "/accounts")
                .then().statusCode(404);
    }

    @Test
    void batchLookupAnswersEveryInputInOrder() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.employee(agency, "Empat");
        String handle = Fixtures.unique("empat.");
        admin().body(Map.of("platform", "FACEBOOK", "handle", handle)).post("/api/v1/employees/" + nip + "/accounts").then().statusCode(201);
        as(Roles.BAWASLU, "34.04").body(Map.of("items", List.of(
                Map.of("url", "https://m.facebook.com/" + handle + "?ref=bookmarks"),
                Map.of("url", "https://www.instagram.com/explore/"),
                Map.of("platform", "FACEBOOK", "handle", "nobody.here." + handle))))
                .post("/api/v1/accounts/lookup").then().statusCode(200)
                .body("results", hasSize(3))
                .body("found", equalTo(1)).body("notFound", equalTo(1)).body("invalid", equalTo(1))
                .body("results[0].status", equalTo(200)).body("results[0].employee.nip", equalTo(nip))
                .body("results[1].status", equalTo(400)).body("results[1].problem.errors[0].field", equalTo("items[1].url"))
                .body("results[2].status", equalTo(404)).body("results[2].employee", nullValue());
        StringBuilder items = new StringBuilder();
        for (int i = 0; i <= AccountViews.BATCH_MAX; i++) {
            items.append(i == 0 ? "" : ",").append("{\"platform\": \"X\", \"handle\": \"h").append(i).append("\"}");
        }
        as(Roles.BAWASLU, "34.04").body("{\"items\": [" + items + "]}").post("/api/v1/accounts/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }
}
