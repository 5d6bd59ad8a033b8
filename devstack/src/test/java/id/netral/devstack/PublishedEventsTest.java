package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.netral.common.testing.AsyncApi;
import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the suite really publishes matches what notification-service's AsyncAPI document promises:
 * a portal subscribed to every event of its region receives the webhooks of a finding, a review
 * starting, a takedown request and a broadcast, and each body validates against the payload schema
 * of its type (no field missing, none undeclared). A producer that renames or adds a field fails
 * this test until the document says so. Clocks (deadline-approaching, overdue) and a paused
 * subscription are not driven here: their schemas are checked only for presence.
 */
class PublishedEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "34.02";
    private static final String AGENCY = "PEMKAB-ASYNC";

    @Test
    void everyWebhookBodyValidatesAgainstTheSchemaOfItsType() throws Exception {
        Suite suite = SharedSuite.get();
        String roster = suite.url(ServiceSpec.SUITE.get(0));
        String cases = suite.url(ServiceSpec.SUITE.get(2));
        String notification = suite.url(ServiceSpec.SUITE.get(3));
        JsonNode doc = JSON.readTree(given().get(notification + "/asyncapi.json").then().statusCode(200).extract().asString());
        RosterFixture.employeeWithAccount(roster, SharedSuite.token("bkpp", REGION), AGENCY, REGION, "198503122010011088",
                "https://www.instagram.com/budi.async/");

        try (WebhookReceiver portal = WebhookReceiver.start()) {
            List<String> everything = given().baseUri(notification).header("Authorization", SharedSuite.token("portal", REGION))
                    .get("/api/v1/event-types?size=500").then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
            portal.verifyWith(given().baseUri(notification).header("Authorization", SharedSuite.token("portal", REGION))
                    .contentType("application/json").body(Map.of("url", portal.url(), "events", everything, "regionCode", REGION))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret"));

            String bawaslu = SharedSuite.token("bawaslu", REGION);
            String liked = given().baseUri(cases).header("Authorization", bawaslu).contentType("application/json")
                    .body(finding("SOCIAL_MEDIA_LIKE", "https://www.instagram.com/p/ASYNC1/"))
                    .post("/api/v1/cases").then().statusCode(201).extract().path("id");
            given().baseUri(cases).header("Authorization", bawaslu).header("If-Match", "\"1\"").contentType("application/json")
                    .body(Map.of("action", "START_REVIEW")).post("/api/v1/cases/" + liked + "/transitions").then().statusCode(200);
            given().baseUri(cases).header("Authorization", bawaslu).contentType("application/json")
                    .body(finding("TAGGED_BY_OTHERS", "https://www.instagram.com/p/ASYNC2/"))
                    .post("/api/v1/cases").then().statusCode(201);
            given().baseUri(notification).header("Authorization", SharedSuite.token("bkpp", REGION)).contentType("application/json")
                    .body(Map.of("title", "Imbauan netralitas ASN", "body", "Jangan memberi tanda suka pada unggahan peserta pemilihan.",
                            "audience", Map.of("agencyCode", AGENCY), "requiresAcknowledgement", true))
                    .post("/api/v1/broadcasts").then().statusCode(202);

            Set<String> driven = Set.of("case.registered", "case.status-changed", "takedown.requested", "broadcast.published");
            List<WebhookReceiver.Received> hooks = Poll.until(portal::received,
                    r -> types(r).containsAll(driven) && r.stream().filter(h -> type(h).equals("case.registered")).count() >= 2,
                    Duration.ofSeconds(90));

            JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
            Map<String, Set<String>> problems = new TreeMap<>();
            for (WebhookReceiver.Received hook : hooks) {
                assertThat(hook.verified()).isTrue();
                String type = type(hook);
                JsonNode schema = AsyncApi.payloadSchema(doc, type);
                assertThat(schema.isMissingNode()).as("the AsyncAPI document describes " + type).isFalse();
                Set<ValidationMessage> errors = schemas.getSchema(schema).validate(JSON.readTree(hook.body()));
                if (!errors.isEmpty()) {
                    problems.put(type + " " + hook.body(), errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet()));
                }
            }
            assertThat(problems).as("webhook bodies that do not match the AsyncAPI document").isEmpty();
        }
    }

    private static Map<String, Object> finding(String act, String post) {
        return Map.of("source", "FINDING", "election", "PILKADA_2024",
                "reported", Map.of("accountUrl", "https://www.instagram.com/budi.async/"), "act", act,
                "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram",
                "evidence", List.of(Map.of("kind", "URL", "url", post)));
    }

    private static Set<String> types(List<WebhookReceiver.Received> hooks) {
        return hooks.stream().map(PublishedEventsTest::type).collect(Collectors.toSet());
    }

    private static String type(WebhookReceiver.Received hook) {
        try {
            return JSON.readTree(hook.body()).path("type").asText();
        } catch (Exception e) {
            return "";
        }
    }
}
