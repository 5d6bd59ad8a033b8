package id.netral.rules.api;

import static id.netral.common.testing.SecurityTable.get;
import static id.netral.common.testing.SecurityTable.post;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.HostileInput;
import id.netral.common.testing.SecurityTable;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what in rules-service, as one table. Reading the catalog and classifying are open
 * to every participant; changing the catalog or the calendar is for admins. The changes the
 * table makes succeed without changing any answer: the catalog change re-issues a rule as it is,
 * and the new election lies in 2099.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityTest {
    private static final String SLEMAN = "34.04";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String ACT = "{\"employmentType\": \"PNS\", \"act\": \"VOTE\", \"occurredOn\": \"2024-11-27\", \"election\": \"PILKADA_2024\"}";

    @TestFactory
    Stream<DynamicTest> everyEndpoint() {
        return SecurityTable.tests(
                get("/api/v1/sources").allows(Roles.PPK, SLEMAN, 200),
                get("/api/v1/sources/SKB_2022").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/acts").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/sanction-tiers").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/rules").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/rules/SKB22-D6").allows(Roles.BKPP, SLEMAN, 200),
                get("/api/v1/catalog/versions").allows(Roles.BKN, "*", 200),
                get("/api/v1/catalog/versions/1").allows(Roles.BKN, "*", 200),
                post("/api/v1/catalog/versions").json(SecurityTest::unchangedRuleReissued)
                        .allows(Roles.ADMIN, "*", 201).forbids(Roles.BAWASLU).forbids(Roles.BKN),
                post("/api/v1/classifications").json(ACT).allows(Roles.PORTAL, SLEMAN, 200).allows(Roles.SERVICE, "*", 200),
                post("/api/v1/classifications/batch").json("{\"items\": [" + ACT + "]}").allows(Roles.BAWASLU, SLEMAN, 200),
                get("/api/v1/elections").allows(Roles.BKPP, SLEMAN, 200),
                get("/api/v1/elections/PEMILU_2024").allows(Roles.BKPP, SLEMAN, 200),
                post("/api/v1/elections").json(() -> """
                        {"code": "PSU_2099_%d", "name": "Pemungutan suara ulang", "type": "REGIONAL",
                         "candidatesSetOn": "2099-02-10", "campaignStart": "2099-02-12", "campaignEnd": "2099-04-12",
                         "voteOn": "2099-04-19", "regionCodes": ["13.02"]}""".formatted(SEQUENCE.incrementAndGet()))
                        .allows(Roles.ADMIN, "*", 201).forbids(Roles.BKPP));
    }

    /** A catalog change based on the current version that re-issues one rule unchanged. */
    private static String unchangedRuleReissued() {
        String admin = TestTokens.bearer(Roles.ADMIN, "*");
        int current = given().header("Authorization", admin).get("/api/v1/catalog/versions")
                .then().statusCode(200).extract().path("items[0].version");
        Map<String, Object> rule = given().header("Authorization", admin).get("/api/v1/rules/PERM-VOTE")
                .then().statusCode(200).extract().jsonPath().getMap("");
        rule.remove("catalogVersion");
        try {
            return JSON.writeValueAsString(Map.of("basedOn", current, "note", "security table: PERM-VOTE re-issued as it is",
                    "upsert", List.of(rule)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> hostileInput() {
        return HostileInput.as(TestTokens.bearer(Roles.ADMIN, "*")).paged("/api/v1/acts").json("/api/v1/elections", "name")
                .bodyLimit(10L * 1024 * 1024).tests();
    }
}
