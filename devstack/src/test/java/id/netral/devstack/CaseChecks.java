package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashSet;
import java.util.List;

/** What the crash and stop tests check of the cases their officers filed. */
final class CaseChecks {
    private CaseChecks() {
    }

    /**
     * Nothing acknowledged was lost and nothing was duplicated: each acknowledged case exists with a
     * valid audit chain, and the agency has exactly as many cases as findings were acknowledged.
     */
    static void everyCaseExistsOnceWithAValidAuditChain(String casesUrl, String token, String agency, List<String> acknowledged) {
        assertThat(new HashSet<>(acknowledged)).as("one case per finding").hasSameSizeAs(acknowledged);
        for (String id : acknowledged) {
            given().baseUri(casesUrl).header("Authorization", token).get("/api/v1/cases/" + id + "/audit/verify")
                    .then().statusCode(200).body("valid", equalTo(true));
        }
        long stored = given().baseUri(casesUrl).header("Authorization", token).queryParam("agency", agency).queryParam("size", 1)
                .get("/api/v1/cases").then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(stored).as("cases of " + agency + ": as many as findings acknowledged, none twice").isEqualTo(acknowledged.size());
    }
}
