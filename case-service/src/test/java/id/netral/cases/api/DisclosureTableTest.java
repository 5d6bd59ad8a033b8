package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.publicReport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.domain.Nip;
import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One masking policy for every representation of a case: each role reads the case, the search and
 * the history, and sees the NIP whole unless it is a portal, and the reporter and witnesses only
 * when it is Bawaslu or an admin.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class DisclosureTableTest {

    @TestFactory
    Stream<DynamicTest> everyReadWithEveryRole() {
        Roster.Employee budi = Roster.employee("34.04");
        Map<String, Object> report = publicReport(budi.nip(), Roster.electionRunningNow("34.04"));
        report.put("witnesses", List.of("Saksi Satu, Jl. Kaliurang 5"));
        String id = given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).contentType("application/json")
                .body(report).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        return Stream.of(Roles.PORTAL, Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN).map(role -> DynamicTest.dynamicTest(role,
                () -> {
                    boolean wholeNip = !role.equals(Roles.PORTAL);
                    boolean reporter = role.equals(Roles.BAWASLU) || role.equals(Roles.ADMIN);
                    String nip = wholeNip ? budi.nip() : Nip.mask(budi.nip());
                    String token = TestTokens.bearer(role, "34.04");
                    JsonPath one = given().header("Authorization", token).get("/api/v1/cases/" + id).then().statusCode(200).extract()
                            .jsonPath();
                    JsonPath found = given().header("Authorization", token).queryParam("agency", budi.agencyCode()).get("/api/v1/cases")
                            .then().statusCode(200).extract().jsonPath();
                    JsonPath history = given().header("Authorization", token).get("/api/v1/cases/" + id + "/history").then()
                            .statusCode(200).extract().jsonPath();
                    for (JsonPath view : List.of(one, new JsonPath(found.prettify()).setRootPath("items[0]"))) {
                        assertThat(view.getString("reported.nip")).as(role + " reported.nip").isEqualTo(nip);
                        assertThat(view.getString("reported.person.nip")).as(role + " person.nip").isEqualTo(nip);
                        assertThat(view.getString("reporter.name")).as(role + " reporter").isEqualTo(reporter ? "Warga Kota" : null);
                        assertThat(view.getList("witnesses")).as(role + " witnesses").isEqualTo(reporter ? report.get("witnesses") : null);
                    }
                    assertThat(history.getString("[0].after.employeeKey")).as(role + " history").isEqualTo(nip);
                    // every representation whole, as text: what is withheld appears nowhere, under no field name
                    String tracking = given().header("Authorization", token).get("/api/v1/track/" + one.getString("trackingCode")).then()
                            .statusCode(200).extract().asString();
                    String evidence = given().header("Authorization", token).get("/api/v1/cases/" + id + "/evidence").then()
                            .statusCode(200).extract().asString();
                    for (String body : List.of(one.prettify(), found.prettify(), history.prettify(), tracking, evidence)) {
                        if (!wholeNip) {
                            assertThat(body).as(role).doesNotContain(budi.nip());
                        }
                        if (!reporter) {
                            assertThat(body).as(role).doesNotContain("Warga Kota", "Malioboro", "3456 7890", "Saksi Satu");
                        }
                    }
                    assertThat(tracking).as(role + " tracking: status and dates only").doesNotContain(budi.nip(), budi.name(),
                            budi.agencyCode(), "Warga Kota");
                }));
    }
}
