package id.netral.notification.api;

import static io.restassured.RestAssured.given;

import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls of the webhook API that several tests make: subscribe, publish, read the delivery log. */
public class WebhookTestSupport {

    private static int provinces = 40;

    /** A regency no other test subscribes in, so deliveries of one test never reach another's receiver. */
    public static synchronized String freshRegion() {
        return freshProvince() + ".01";
    }

    public static synchronized String freshProvince() {
        return String.valueOf(++provinces);
    }

    public static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region));
    }

    /** Subscribes the URL to the events in the caller's own region, with a generated secret. */
    public static ValidatableResponse subscribe(String role, String region, String url, String... events) {
        return subscribeWith(role, region, url, null, region, events);
    }

    public static ValidatableResponse subscribeWith(String role, String region, String url, String secret, String subscriptionRegion,
            String... events) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("url", url);
        body.put("events", List.of(events));
        body.put("regionCode", subscriptionRegion);
        if (secret != null) {
            body.put("secret", secret);
        }
        return as(role, region).contentType("application/json").body(body).post("/api/v1/subscriptions").then();
    }

    public static ValidatableResponse publish(UUID id, String type, String region, Map<String, Object> data) {
        return publish(id, type, Instant.now(), region, data);
    }

    public static ValidatableResponse publish(UUID id, String type, Instant occurredAt, String region, Map<String, Object> data) {
        return as(Roles.SERVICE, "*").contentType("application/json").body(Map.of("id", id.toString(), "type", type,
                "occurredAt", occurredAt.toString(), "regionCode", region, "data", data)).post("/api/v1/events").then();
    }

    public static JsonPath deliveries(String role, String region, String filter, String value) {
        return as(role, region).queryParam(filter, value).get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
