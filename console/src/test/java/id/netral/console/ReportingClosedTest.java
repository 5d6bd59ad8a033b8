package id.netral.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A console given no portal identity (neither the IdP's client nor a development key) keeps its
 * public reporting closed and says so, rather than failing.
 */
@QuarkusTest
@TestProfile(ReportingClosedTest.WithoutPortalIdentity.class)
class ReportingClosedTest {

    public static class WithoutPortalIdentity implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://127.0.0.1:9";
            return Map.of("netral.console.cases-url", nowhere, "netral.console.rules-url", nowhere, "netral.console.roster-url", nowhere,
                    "netral.console.notification-url", nowhere);
        }
    }

    @Test
    void theReportFormAndTheTrackingPageSayReportingIsNotOpenYet() {
        given().get("/report").then().statusCode(503).body(containsString("Pelaporan publik belum dibuka"));
        given().contentType("application/x-www-form-urlencoded").formParam("act", "SOCIAL_MEDIA_LIKE").post("/report").then()
                .statusCode(503).body(containsString("Pelaporan publik belum dibuka"));
        given().header("Accept-Language", "en").get("/track?code=NTR-AAAAA-BBBBB").then().statusCode(503)
                .body(containsString("id=\"problem\""));
    }
}
