package id.netral.rules.api;

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
class ReferenceResourceTest {

    @Test
    void skb2022CarriesItsFiveNumbers() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/sources/SKB_2022")
                .then().statusCode(200)
                .body("numbers", hasSize(5))
                .body("numbers", hasItems("800-5474 Tahun 2022", "1447.1/PM.01/K.1/09/2022"))
                .body("issuedOn", equalTo("2022-09-22"))
                .body("issuers", hasSize(5));
    }

    @Test
    void sourcesListIsPaged() {
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "*"))
                .when().get("/api/v1/sources?size=3")
                .then().statusCode(200)
                .body("total", equalTo(12))
                .body("items", hasSize(3))
                .body("items.code", contains("NON_ASN_CONTRACT", "PERBKN_1_2023", "PP_11_2017"));
    }

    @Test
    void unknownSourceIs404() {
        given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "*"))
                .when().get("/api/v1/sources/UU_1_1945")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void actTaxonomyHasTheIssuedCodes() {
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04"))
                .when().get("/api/v1/acts?size=100")
                .then().statusCode(200)
                .body("total", equalTo(25))
                .body("items.code", hasItems("SOCIAL_MEDIA_LIKE", "TAGGED_BY_OTHERS", "VOTE", "MONEY_POLITICS"))
                .header("Content-Language", "id")
                .body("items.find { it.code == 'SOCIAL_MEDIA_LIKE' }.label", equalTo("Menyukai konten kampanye"));
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04")).header("Accept-Language", "en")
                .when().get("/api/v1/acts?size=100")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("items.find { it.code == 'SOCIAL_MEDIA_LIKE' }.label", equalTo("Liking campaign content"));
    }

    @Test
    void negativePageIsAValidationProblem() {
        given().header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04"))
                .when().get("/api/v1/acts?page=-2")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void sanctionTiersSayWhatEachTierMeansPerEmploymentType() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .when().get("/api/v1/sanction-tiers?size=100")
                .then().statusCode(200)
                .header("Content-Language", "id")
                .body("total", equalTo(19))
                .body("items.find { it.sanctionType == 'DISCIPLINE_HEAVY' && it.employmentType == 'PNS' }.detail",
                        startsWith("Hukuman disiplin berat"));
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).header("Accept-Language", "en")
                .when().get("/api/v1/sanction-tiers?size=100")
                .then().statusCode(200)
                .body("items.find { it.sanctionType == 'DISCIPLINE_HEAVY' && it.employmentType == 'PNS' }.detail",
                        startsWith("Heavy discipline"));
    }
}
