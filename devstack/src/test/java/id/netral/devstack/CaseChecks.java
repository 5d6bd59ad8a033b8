package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.common.testing.Poll;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/** What the crash and stop tests check of the cases their officers filed. */
final class CaseChecks {
    private CaseChecks() {
    }

    /** Something done to the suite while officers file: a stop, a kill. */
    interface Disruption {
        void happen() throws Exception;
    }

    /**
     * Four officers of the shared suite file findings about an employee of {@code agency}: 50 are
     * acknowledged, {@code disruption} happens, 50 more are acknowledged; then every one is checked
     * ({@link #everyCaseExistsOnceWithAValidAuditChain}). {@code what} names the disruption in the
     * counts printed.
     */
    static void fileAround(String what, String agency, String nip, Disruption disruption) throws Exception {
        Suite suite = SharedSuite.get();
        String cases = suite.url(ServiceSpec.SUITE.get(2));
        RosterFixture.employeeWithAccount(suite.url(RosterImports.ROSTER), SharedSuite.token("bkpp", "34.04"), agency, "34.04", nip,
                "https://www.instagram.com/" + agency.toLowerCase() + "/");
        String bawaslu = SharedSuite.token("bawaslu", "34.04");
        FilingOfficers officers = new FilingOfficers(cases, bawaslu, nip, 4);
        try (officers) {
            Poll.until(officers::acknowledged, n -> n >= 50, Duration.ofSeconds(60));
            int before = officers.acknowledged();
            disruption.happen();
            Poll.until(officers::acknowledged, n -> n >= before + 50, Duration.ofSeconds(60));
        } finally {
            System.out.println("Case intake " + what + ": " + officers);
        }
        everyCaseExistsOnceWithAValidAuditChain(cases, bawaslu, agency, officers.cases());
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
