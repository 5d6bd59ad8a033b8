package id.netral.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The hostile requests every service answers with a 4xx problem, never a 500 or an empty body,
 * written once: a page number whose offset overflows an int, a NUL character in a query
 * parameter, JSON nested a thousand deep, a string of two million characters, and a body over
 * the HTTP layer's limit. A service lists one paged endpoint and one JSON endpoint with a token
 * that may call them; {@link #tests} makes one test per attack.
 */
public final class HostileInput {
    private final String token;
    private String pagedPath;
    private String jsonPath;
    private String stringField = "name";
    private long bodyLimitBytes = -1;

    private HostileInput(String token) {
        this.token = token;
    }

    /** Attacks made with this bearer token (one whose role may call the endpoints below). */
    public static HostileInput as(String bearer) {
        return new HostileInput(bearer);
    }

    /** A GET list taking {@code ?page=&size=}. */
    public HostileInput paged(String path) {
        pagedPath = path;
        return this;
    }

    /** A POST taking a JSON object, and a string field of its body. */
    public HostileInput json(String path, String field) {
        jsonPath = path;
        stringField = field;
        return this;
    }

    /** The service's quarkus.http.limits.max-body-size, to send one byte more. */
    public HostileInput bodyLimit(long bytes) {
        bodyLimitBytes = bytes;
        return this;
    }

    public Stream<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        if (pagedPath != null) {
            tests.add(DynamicTest.dynamicTest("page*size past an int: 400 naming page", () ->
                    problem(given().header("Authorization", token).queryParam("page", Integer.MAX_VALUE - 1).queryParam("size", 50)
                            .get(pagedPath).then(), 400).body("errors.field", hasItem("page"))));
            tests.add(DynamicTest.dynamicTest("NUL in a query parameter: 400 naming it", () ->
                    problem(given().header("Authorization", token).urlEncodingEnabled(false).get(pagedPath + "?size=5&q=a%00b").then(), 400)
                            .body("errors[0].field", equalTo("q"))));
        }
        if (jsonPath != null) {
            tests.add(DynamicTest.dynamicTest("JSON nested 2,000 deep: 400", () ->
                    problem(post("{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}"), 400)));
            tests.add(DynamicTest.dynamicTest("a string of 2,000,000 characters: 400 naming the field", () ->
                    problem(post("{\"" + stringField + "\":\"" + "a".repeat(2_000_000) + "\"}"), 400)));
            tests.add(DynamicTest.dynamicTest("a NUL character in a JSON string: never a 500", () -> {
                int status = post("{\"" + stringField + "\":\"a\\u0000b\"}").extract().statusCode();
                org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 499);
            }));
            if (bodyLimitBytes > 0) {
                tests.add(DynamicTest.dynamicTest("a body over the limit: 413 problem", this::tooLarge));
            }
        }
        return tests.stream();
    }

    /**
     * A request announcing a body one byte over the limit, over a raw socket: the answer comes
     * before any body is sent (the server closes the connection after its 413).
     */
    private void tooLarge() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            String head = "POST " + jsonPath + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (bodyLimitBytes + 1) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readUntilQuiet(socket);
            org.assertj.core.api.Assertions.assertThat(answer).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json").contains("\"status\":413");
        }
    }

    /** What the server sent until it closed the connection or went quiet. */
    private static String readUntilQuiet(Socket socket) throws java.io.IOException {
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                got.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // the answer is complete; the server merely kept the connection open
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    private ValidatableResponse post(String body) {
        return given().header("Authorization", token).contentType("application/json").body(body).post(jsonPath).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json")).body("status", equalTo(status));
    }
}
