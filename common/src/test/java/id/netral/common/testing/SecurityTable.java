package id.netral.common.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The authentication and authorisation rules every {@code /api/v1} endpoint keeps, written once
 * and read as a table: each service lists its endpoints with who may call them (and gets a success
 * status), who may not (403), and from which region a resource is absent (404). {@link #tests}
 * turns the table into one test per cell, plus the token checks every endpoint shares (missing,
 * expired, foreign-signed, wrong issuer, garbage, tampered: 401).
 */
public final class SecurityTable {
    /** A role the platform does not know: holds a valid token, but no platform role. */
    public static final String STRANGER_ROLE = "citizen";

    private SecurityTable() {
    }

    public static Endpoint get(String path) {
        return new Endpoint("GET", path);
    }

    public static Endpoint post(String path) {
        return new Endpoint("POST", path);
    }

    public static Endpoint put(String path) {
        return new Endpoint("PUT", path);
    }

    public static Endpoint delete(String path) {
        return new Endpoint("DELETE", path);
    }

    /**
     * An endpoint whose target is made anew for each call (a DELETE that succeeds only once per
     * resource); {@code name} stands for it in test names.
     */
    public static Endpoint delete(String name, Supplier<String> path) {
        Endpoint endpoint = new Endpoint("DELETE", name);
        endpoint.target = path;
        return endpoint;
    }

    /** What one caller (role and region) gets from an endpoint. */
    private record Cell(String role, String region, int status) {
    }

    /** One endpoint: how to call it and what each caller gets. */
    public static final class Endpoint {
        private final String method;
        private final String path;
        private Supplier<String> target;
        private String contentType;
        private Supplier<String> body = () -> null;
        private final Map<String, Supplier<String>> headers = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final List<Cell> cells = new ArrayList<>();

        private Endpoint(String method, String path) {
            this.method = method;
            this.path = path;
            this.target = () -> path;
        }

        /** A JSON body, made anew for each call (so that a create succeeds every time). */
        public Endpoint json(Supplier<String> body) {
            this.contentType = "application/json";
            this.body = body;
            return this;
        }

        public Endpoint json(String body) {
            return json(() -> body);
        }

        public Endpoint csv(String body) {
            this.contentType = "text/csv";
            this.body = () -> body;
            return this;
        }

        public Endpoint query(String name, String value) {
            query.put(name, value);
            return this;
        }

        /** A header worked out at each call, e.g. the current If-Match. */
        public Endpoint header(String name, Supplier<String> value) {
            headers.put(name, value);
            return this;
        }

        /** This role, limited to this region, may call it and gets {@code status}, a success. */
        public Endpoint allows(String role, String region, int status) {
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("a permitted call is proven by a success status, not " + status);
            }
            cells.add(new Cell(role, region, status));
            return this;
        }

        /** This role may not call it: 403. */
        public Endpoint forbids(String role) {
            cells.add(new Cell(role, "*", 403));
            return this;
        }

        /** For a caller of this role limited to this region the resource does not exist: 404. */
        public Endpoint hides(String role, String region) {
            cells.add(new Cell(role, region, 404));
            return this;
        }

        /** Any other outcome for a caller, e.g. 422 for a reference outside the caller's region. */
        public Endpoint answers(String role, String region, int status) {
            cells.add(new Cell(role, region, status));
            return this;
        }

        private ValidatableResponse call(String authorization) {
            RequestSpecification request = RestAssured.given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            headers.forEach((name, value) -> request.header(name, value.get()));
            query.forEach(request::queryParam);
            String payload = body.get();
            if (payload != null) {
                request.contentType(contentType).body(payload);
            }
            return request.request(method, target.get()).then();
        }

        private Cell firstAllowed() {
            return cells.stream().filter(c -> c.status() < 300).findFirst()
                    .orElseThrow(() -> new IllegalStateException(this + " names no caller who may call it"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        private Stream<DynamicTest> tests() {
            Cell allowed = firstAllowed();
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(test("without a token: 401", () -> unauthorized(call(null))));
            tests.add(test("expired token: 401", () -> unauthorized(call(TestTokens.token().roles(allowed.role())
                    .region(allowed.region()).expiredSince(Duration.ofMinutes(5)).bearer()))));
            // the leeway for clocks is a few seconds (mp.jwt.verify.clock.skew): SmallRye's default let these through for a minute
            tests.add(test("token expired 15 s ago: 401", () -> unauthorized(call(TestTokens.token().roles(allowed.role())
                    .region(allowed.region()).expiredSince(Duration.ofSeconds(15)).bearer()))));
            tests.add(test("token issued an hour in the future: 401", () -> unauthorized(call(TestTokens.token().roles(allowed.role())
                    .region(allowed.region()).issuedAt(java.time.Instant.now().plus(Duration.ofHours(1)))
                    .expiresIn(Duration.ofHours(2)).bearer()))));
            tests.add(test("token signed by another key: 401", () -> unauthorized(call(TestTokens.token()
                    .roles(allowed.role()).region(allowed.region()).signedByStranger().bearer()))));
            tests.add(test("token from another issuer: 401", () -> unauthorized(call(TestTokens.token()
                    .roles(allowed.role()).region(allowed.region()).issuer("https://evil.example/auth").bearer()))));
            tests.add(test("garbage token: 401", () -> unauthorized(call("Bearer not.a.jwt"))));
            tests.add(test("tampered copy of an accepted token: 401", () -> {
                String good = TestTokens.token().roles(allowed.role()).region(allowed.region()).jwt();
                call("Bearer " + good).statusCode(allowed.status());
                // verified tokens are cached: a copy with another signature must not be served from that cache
                int at = good.length() - 10;
                char flipped = good.charAt(at) == 'A' ? 'B' : 'A';
                unauthorized(call("Bearer " + good.substring(0, at) + flipped + good.substring(at + 1)));
                call("Bearer " + good).statusCode(allowed.status());
            }));
            tests.add(test("a token without any platform role: 403", () -> forbidden(call(TestTokens.bearer(STRANGER_ROLE, "*")))));
            for (Cell cell : cells) {
                String who = cell.role() + " of " + cell.region();
                tests.add(test(who + ": " + cell.status(), () -> {
                    ValidatableResponse response = call(TestTokens.bearer(cell.role(), cell.region()));
                    if (cell.status() == 403) {
                        forbidden(response);
                    } else if (cell.status() == 404) {
                        response.statusCode(404).contentType(startsWith("application/problem+json"))
                                .body("type", equalTo("urn:netral:problem:not-found"));
                    } else {
                        response.statusCode(cell.status());
                    }
                }));
            }
            return tests.stream();
        }

        private DynamicTest test(String name, org.junit.jupiter.api.function.Executable check) {
            return DynamicTest.dynamicTest(this + " — " + name, check);
        }
    }

    /** One test per cell of the table and per token check of every endpoint. */
    public static Stream<DynamicTest> tests(Endpoint... endpoints) {
        return Stream.of(endpoints).flatMap(Endpoint::tests);
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401))
                .body("type", equalTo("urn:netral:problem:unauthorized"))
                .body("title", equalTo("Tidak terautentikasi"));
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("type", equalTo("urn:netral:problem:forbidden"));
    }
}
