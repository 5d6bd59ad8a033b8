package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dashboard counts: what a caller may see, grouped as asked, repeats left out. */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class StatsTest {

    @Test
    void casesAreCountedByRegionActStatusAndSanctionWithinTheCallersRegion() {
        // Central Java and Banten: regencies no other test files cases about, so their counts are this test's own
        Roster.Employee a = Roster.employee("33.16");
        Roster.Employee b = Roster.employee("36.74");
        IntakeTest.file(Roles.BAWASLU, "*", IntakeTest.finding(a.accountUrl(), "https://www.instagram.com/p/STATS1/"), null).statusCode(201);
        IntakeTest.file(Roles.BAWASLU, "*", IntakeTest.finding(a.accountUrl(), "https://www.instagram.com/p/STATS2/"), null).statusCode(201);
        IntakeTest.file(Roles.BAWASLU, "*", IntakeTest.finding(b.accountUrl(), "https://www.instagram.com/p/STATS3/"), null).statusCode(201);
        // the same post about the same person again: a duplicate, not a case of its own
        IntakeTest.file(Roles.BAWASLU, "*", IntakeTest.finding(b.accountUrl(), "https://www.instagram.com/p/STATS3/"), null).statusCode(201);

        JsonPath central = stats(Roles.BKN, "33", Map.of("groupBy", "region"));
        assertThat(central.getList("groups.key")).containsExactly("33.16");
        assertThat(central.getList("groups.count", Long.class)).containsExactly(2L);
        JsonPath banten = stats(Roles.PORTAL, "36.74", Map.of("groupBy", "region"));
        assertThat(banten.getLong("total")).as("the repeat report is no case of its own").isEqualTo(1);
        assertThat(stats(Roles.BKN, "*", Map.of("groupBy", "region")).getList("groups.key")).contains("33.16", "36.74");
        assertThat(stats(Roles.BAWASLU, "33", Map.of("groupBy", "status")).getList("groups.key")).containsExactly("REGISTERED");
        assertThat(stats(Roles.BAWASLU, "33", Map.of("groupBy", "act")).getList("groups.key")).containsExactly("SOCIAL_MEDIA_LIKE");
        assertThat(stats(Roles.BAWASLU, "33", Map.of("groupBy", "sanction")).getList("groups.key")).containsExactly("PENDING");
        assertThat(stats(Roles.BAWASLU, "33", Map.of("groupBy", "act", "election", "PEMILU_2024")).getLong("total")).isZero();

        as(Roles.BAWASLU, "33").queryParam("groupBy", "agency").get("/api/v1/stats").then().statusCode(422)
                .body("errors[0].field", equalTo("groupBy"));
        as(Roles.BAWASLU, "33").get("/api/v1/stats").then().statusCode(422);
    }

    private static JsonPath stats(String role, String region, Map<String, String> query) {
        return as(role, region).queryParams(query).get("/api/v1/stats").then().statusCode(200).extract().jsonPath();
    }
}
