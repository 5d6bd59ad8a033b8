package id.netral.common.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The authentication and authorisation rules every {@code /api/v1} endpoint must keep, written
 * once: a service's test extends it for one of its endpoints and says how to call it.
 */
public abstract class SecuredEndpointContract {

    /** Calls the endpoint with this {@code Authorization} header value, or none when null. */
    protected abstract ValidatableResponse call(String authorization);

    /** A role that may call the endpoint. */
    protected abstract String permittedRole();

    /** A role that may not; by default a role the platform does not know. */
    protected String forbiddenRole() {
        return "citizen";
    }

    /** The status a permitted caller gets (the endpoint's happy path is tested elsewhere). */
    protected int permittedStatus() {
        return 200;
    }

    /** A request carrying this {@code Authorization} header, or none when null. */
    protected static RequestSpecification as(String authorization) {
        RequestSpecification request = RestAssured.given();
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    @Test
    void withoutTokenIs401() {
        unauthorized(call(null));
    }

    @Test
    void expiredTokenIs401() {
        unauthorized(call(TestTokens.token().roles(permittedRole()).expiredSince(Duration.ofMinutes(5)).bearer()));
    }

    @Test
    void tokenSignedByAnotherKeyIs401() {
        unauthorized(call(TestTokens.token().roles(permittedRole()).signedByStranger().bearer()));
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        unauthorized(call(TestTokens.token().roles(permittedRole()).issuer("https://evil.example/auth").bearer()));
    }

    @Test
    void garbageTokenIs401() {
        unauthorized(call("Bearer not.a.jwt"));
    }

    @Test
    void tamperedCopyOfAnAcceptedTokenIs401() {
        String good = TestTokens.token().roles(permittedRole()).jwt();
        call("Bearer " + good).statusCode(permittedStatus());
        // verified tokens are cached: a copy with another signature must not be served from that cache
        int at = good.length() - 10;
        char flipped = good.charAt(at) == 'A' ? 'B' : 'A';
        unauthorized(call("Bearer " + good.substring(0, at) + flipped + good.substring(at + 1)));
        call("Bearer " + good).statusCode(permittedStatus());
    }

    @Test
    void roleThatMayNotCallIs403() {
        call(TestTokens.token().roles(forbiddenRole()).bearer())
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("type", equalTo("urn:netral:problem:forbidden"));
    }

    @Test
    void permittedRoleIsLetIn() {
        call(TestTokens.token().roles(permittedRole()).bearer()).statusCode(permittedStatus());
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }
}
