package id.netral.console.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.console.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The realm officers sign in at (Keycloak in k8s/): the authorization request with a PKCE
 * challenge, the code exchanged for tokens as the confidential client netral-console, and a refresh
 * when the short-lived access token has run out. The access token is what the pages forward to the
 * services, so it carries exactly the role, region and agency the realm gives the officer.
 */
@ApplicationScoped
public class IdentityProvider {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the token endpoint answers: the access token and the refresh token with their lifetimes. */
    public record Tokens(String access, long accessSeconds, String refresh, long refreshSeconds) {
    }

    /** A refusal of the IdP (a code used twice, a refresh token revoked): the officer signs in again. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    @Inject
    ConsoleConfig config;

    @Inject
    Services services;

    public boolean enabled() {
        return config.oidc().authServerUrl().isPresent() && config.oidc().redirectUri().isPresent();
    }

    /** A fresh random value for state and the PKCE verifier. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Where the browser goes to sign in. */
    public URI authorization(String state, String verifier) {
        return URI.create(config.oidc().authServerUrl().orElseThrow() + "/protocol/openid-connect/auth?" + form(Map.of(
                "response_type", "code", "client_id", config.oidc().clientId(), "redirect_uri", config.oidc().redirectUri().orElseThrow(),
                "scope", "openid", "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256")));
    }

    /**
     * Ends the officer's session at the IdP (back channel, with the refresh token: no page of the IdP
     * to confirm), so that the next sign-in asks for the password again. Best effort: signing out of
     * the console happens whatever the IdP answers.
     */
    public void endSession(String refreshToken) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("refresh_token", refreshToken);
        try {
            services.http().send(request("/protocol/openid-connect/logout", body), HttpResponse.BodyHandlers.discarding());
        } catch (IOException unreachable) {
            // the console's cookies go anyway; the IdP's session ends by its own idle timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The code the IdP sent back, for tokens. */
    public Tokens exchange(String code, String verifier) throws Refused, IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", config.oidc().redirectUri().orElseThrow());
        body.put("code_verifier", verifier);
        return read(services.http().send(request("/protocol/openid-connect/token", body), HttpResponse.BodyHandlers.ofString()));
    }

    /** New tokens for a refresh token, without blocking the caller's thread. */
    public CompletableFuture<Optional<Tokens>> refresh(String refreshToken) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", refreshToken);
        return services.http().sendAsync(request("/protocol/openid-connect/token", body), HttpResponse.BodyHandlers.ofString()).thenApply(answer -> {
            try {
                return Optional.of(read(answer));
            } catch (Refused | IOException e) {
                return Optional.<Tokens>empty();
            }
        }).exceptionally(unreachable -> Optional.empty());
    }

    /** A POST of the confidential client to one of the realm's endpoints. */
    private HttpRequest request(String endpoint, Map<String, String> body) {
        Map<String, String> all = new LinkedHashMap<>(body);
        all.put("client_id", config.oidc().clientId());
        config.oidc().clientSecret().ifPresent(secret -> all.put("client_secret", secret));
        String realm = config.oidc().internalUrl().orElse(config.oidc().authServerUrl().orElseThrow());
        return HttpRequest.newBuilder(URI.create(realm + endpoint)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(all))).build();
    }

    private Tokens read(HttpResponse<String> answer) throws Refused, IOException {
        JsonNode json = services.mapper().readTree(answer.body());
        if (answer.statusCode() != 200 || !json.hasNonNull("access_token")) {
            throw new Refused(json.path("error").asText("status " + answer.statusCode()));
        }
        return new Tokens(json.get("access_token").asText(), json.path("expires_in").asLong(300), json.path("refresh_token").asText(null),
                json.path("refresh_expires_in").asLong(1800));
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
