package id.netral.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CatalogVersioningTest {
    private static final String LIKE_IN_PILKADA = """
            {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2024-10-30", "election": "PILKADA_2024"%s}""";

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.token().roles(role).region("*").subject("tester-" + role).bearer())
                .contentType("application/json");
    }

    private static int currentVersion() {
        return as(Roles.BAWASLU).body(LIKE_IN_PILKADA.formatted("")).post("/api/v1/classifications")
                .then().statusCode(200).extract().path("catalogVersion");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeMakesANewVersionAndLeavesTheOldOneIntact() {
        int before = currentVersion();
        as(Roles.BAWASLU).body(LIKE_IN_PILKADA.formatted("")).post("/api/v1/classifications")
                .then().body("sanction.type", equalTo("DISCIPLINE_HEAVY"));

        List<Map<String, Object>> rules = as(Roles.BKN).get("/api/v1/catalog/versions/" + before)
                .then().statusCode(200).extract().path("rules");
        Map<String, Object> d6 = rules.stream().filter(r -> r.get("code").equals("SKB22-D6")).findFirst().orElseThrow();
        d6.put("sanctionType", "DISCIPLINE_MEDIUM");
        d6.remove("catalogVersion");

        as(Roles.ADMIN).body(Map.of("basedOn", before, "note", "Likes: medium per new task force guidance", "upsert", List.of(d6)))
                .post("/api/v1/catalog/versions")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("version", equalTo(before + 1))
                .body("basedOn", equalTo(before))
                .body("createdBy", equalTo("tester-admin"))
                .body("current", equalTo(true));

        as(Roles.BAWASLU).body(LIKE_IN_PILKADA.formatted("")).post("/api/v1/classifications")
                .then().body("catalogVersion", equalTo(before + 1))
                .body("sanction.type", equalTo("DISCIPLINE_MEDIUM"));
        as(Roles.BAWASLU).body(LIKE_IN_PILKADA.formatted(", \"catalogVersion\": " + before)).post("/api/v1/classifications")
                .then().body("catalogVersion", equalTo(before))
                .body("sanction.type", equalTo("DISCIPLINE_HEAVY"));
        as(Roles.PORTAL).get("/api/v1/rules/SKB22-D6?version=" + before).then().body("sanctionType", equalTo("DISCIPLINE_HEAVY"));
        as(Roles.PORTAL).get("/api/v1/rules/SKB22-D6").then().body("sanctionType", equalTo("DISCIPLINE_MEDIUM"));
        as(Roles.PORTAL).get("/api/v1/catalog/versions").then().statusCode(200)
                .body("items[0].version", equalTo(before + 1))
                .body("items[0].current", equalTo(true))
                .body("items.version", hasItem(1));

        // a change prepared against the old version is refused
        as(Roles.ADMIN).body(Map.of("basedOn", before, "note", "stale", "retire", List.of("PERM-VOTE")))
                .post("/api/v1/catalog/versions")
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
    }

    @Test
    void changesNamingUnknownThingsAre422() {
        int current = currentVersion();
        as(Roles.ADMIN).body(Map.of("basedOn", current, "note", "typo", "retire", List.of("NO-SUCH-RULE")))
                .post("/api/v1/catalog/versions")
                .then().statusCode(422).body("errors[0].field", equalTo("retire[0]"));
        as(Roles.ADMIN).body(Map.of("basedOn", current, "note", "nothing"))
                .post("/api/v1/catalog/versions")
                .then().statusCode(422).body("errors[0].field", equalTo("upsert"));
        Map<String, Object> rule = Map.ofEntries(Map.entry("code", "NEW-1"), Map.entry("kind", "PROHIBITION"),
                Map.entry("acts", List.of("SKYDIVING")), Map.entry("stages", List.of("CANDIDATES_SET")),
                Map.entry("sanctionType", "MORAL"), Map.entry("source", "UU_99_2099"), Map.entry("article", "1"),
                Map.entry("effectiveFrom", "2025-01-01"), Map.entry("title", Map.of("indonesian", "t", "english", "t")),
                Map.entry("text", Map.of("indonesian", "t", "english", "t")));
        as(Roles.ADMIN).body(Map.of("basedOn", current, "note", "bad refs", "upsert", List.of(rule)))
                .post("/api/v1/catalog/versions")
                .then().statusCode(422)
                .body("errors.field", hasItem("upsert[0].acts[0]"))
                .body("errors.field", hasItem("upsert[0].source"));
        as(Roles.BKN).get("/api/v1/catalog/versions").then().body("items[0].version", equalTo(current));
    }

    @Test
    void invalidRuleShapeIs400() {
        as(Roles.ADMIN).body("""
                {"basedOn": 1, "note": "x", "upsert": [{"code": "bad code", "kind": "PROHIBITION", "acts": [], "stages": ["CANDIDATES_SET"],
                  "sanctionType": "MORAL", "source": "SKB_2022", "article": "1", "effectiveFrom": "2025-01-01",
                  "title": {"indonesian": "t", "english": ""}, "text": {"indonesian": "t", "english": "t"}}]}""")
                .post("/api/v1/catalog/versions")
                .then().statusCode(400)
                .body("errors.field", hasItem("upsert[0].code"))
                .body("errors.field", hasItem("upsert[0].acts"))
                .body("errors.field", hasItem("upsert[0].title.english"));
    }

    @Test
    void unknownVersionsAndRulesAre404() {
        as(Roles.PORTAL).get("/api/v1/catalog/versions/999").then().statusCode(404);
        as(Roles.PORTAL).get("/api/v1/rules/NO-SUCH-RULE").then().statusCode(404);
        as(Roles.PORTAL).get("/api/v1/rules?version=999").then().statusCode(404);
    }

    @Test
    void rulesCanBeFilteredBySourceActAndKind() {
        as(Roles.PORTAL).get("/api/v1/rules?version=1&source=SE_MENPANRB_18_2023&kind=PERMISSION")
                .then().statusCode(200).body("total", equalTo(3));
        as(Roles.PORTAL).get("/api/v1/rules?version=1&act=SOCIAL_MEDIA_LIKE&kind=PROHIBITION&size=100")
                .then().statusCode(200)
                .body("items.code", hasItem("SKB22-E4"))
                .body("items.code", hasItem("SE18-X1"));
        as(Roles.PORTAL).get("/api/v1/rules?version=1&kind=SANCTION").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(Roles.PORTAL).get("/api/v1/rules?version=1&source=SKB_2022&size=100")
                .then().statusCode(200)
                .body("items.findAll { it.code.startsWith('SKB22-E') }.size()", equalTo(7))
                .body("items.findAll { it.code.startsWith('SKB22-D') }.size()", equalTo(13))
                .body("items.find { it.code == 'SKB22-D8' }.disputed", equalTo(true));
    }
}
