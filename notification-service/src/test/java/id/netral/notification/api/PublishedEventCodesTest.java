package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
}
