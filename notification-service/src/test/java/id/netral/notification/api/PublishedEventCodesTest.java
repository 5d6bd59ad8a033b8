package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.security.Roles;
import id.netral.common.testing.AsyncApi;
import id.netral.common.testing.TestTokens;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        List<String> channels = new ArrayList<>();
        doc.path("channels").forEach(channel -> channels.add(channel.path("address").asText()));
        assertThat(channels).as("channels of the AsyncAPI document").containsExactlyInAnyOrderElementsOf(served);
        for (String code : served) {
            assertThat(AsyncApi.message(doc, code).path("name").asText()).isEqualTo(code);
            JsonNode type = AsyncApi.payloadSchema(doc, code).path("properties").path("type");
            assertThat(type.toString()).as("the payload of " + code + " names it as its type (const or enum)")
                    .contains("\"" + code + "\"");
        }
        doc.path("operations").forEach(operation -> assertThat(AsyncApi.resolve(doc, operation.path("channel")).isMissingNode()).isFalse());
    }
}
