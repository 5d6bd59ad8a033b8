package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Published event codes are a contract: subscribers filter on them. The codes ever published are
 * listed in test resources (published-event-codes.txt); the catalog served must still hold every one,
 * and every code it serves must be on the list, so that a new code is recorded as published.
 */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class PublishedEventCodesTest {

    @Test
    void noPublishedCodeDisappearsAndEveryServedCodeIsRecorded() throws IOException {
        List<String> published;
        try (InputStream in = getClass().getResourceAsStream("/published-event-codes.txt")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
        List<String> served = given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .get("/api/v1/event-types?size=500").then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        assertThat(served).as("a published event code was removed or renamed; subscribers filter on it").containsAll(published);
        assertThat(published).as("a served event code is missing from published-event-codes.txt; add it there")
                .containsAll(served);
    }

    /**
     * The AsyncAPI document (/asyncapi.json, public like /q/openapi) describes every served event:
     * a channel at its code, a message whose payload schema names the code as its type. What is
     * really published is checked against those schemas end to end (devstack's PublishedEventsTest).
     */
    @Test
    void theAsyncApiDocumentDescribesEveryServedEvent() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().get("/asyncapi.json").then().statusCode(200).contentType(startsWith(
                "application/json")).extract().asString());
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> served = given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04"))
                .get("/api/v1/event-types?size=500").then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        Map<String, JsonNode> channels = new HashMap<>();
        doc.path("channels").forEach(channel -> channels.put(channel.path("address").asText(), channel));
        assertThat(channels.keySet()).as("channels of the AsyncAPI document").containsExactlyInAnyOrderElementsOf(served);
        for (String code : served) {
            JsonNode message = resolve(doc, channels.get(code).path("messages").elements().next());
            assertThat(message.path("name").asText()).isEqualTo(code);
            JsonNode type = resolve(doc, message.path("payload")).path("properties").path("type");
            assertThat(type.toString()).as("the payload of " + code + " names it as its type (const or enum)")
                    .contains("\"" + code + "\"");
        }
        doc.path("operations").forEach(operation -> assertThat(resolve(doc, operation.path("channel")).isMissingNode()).isFalse());
    }

    /** A local reference (#/components/...) of the document, or the node itself. */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
    }
}
