package id.netral.devstack;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signing in to Keycloak as a browser does, without a browser: the authorization request
 * with a PKCE challenge, the login form filled in and posted with the session's cookies, the code
 * taken from the redirect (which is not followed: nothing listens there) and exchanged for tokens
 * by the confidential client.
 */
final class BrowserSignIn {
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private BrowserSignIn() {
    }

    static String accessToken(String realmUrl, String clientId, String secret, String redirectUri, String username, String password) {
        try {
            // cookies carried by hand: the JDK's CookieManager does not send Keycloak's session cookies back to "localhost"
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String verifier = base64(random(32));
            String state = UUID.randomUUID().toString();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/auth?"
                    + form(Map.of("client_id", clientId, "response_type", "code", "scope", "openid", "redirect_uri", redirectUri,
                            "state", state, "code_challenge", base64(sha256(verifier)), "code_challenge_method", "S256")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher formTag = LOGIN_FORM.matcher(page.body());
            if (page.statusCode() != 200 || !formTag.find()) {
                throw new IllegalStateException("no login form for " + clientId + ": " + page.statusCode() + " " + page.body());
            }
            Matcher action = ACTION.matcher(formTag.group());
            if (!action.find()) {
                throw new IllegalStateException("a login form without action: " + formTag.group());
            }
            String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "credentialId", ""))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || !location.startsWith(redirectUri)) {
                throw new IllegalStateException(username + " was not signed in: " + posted.statusCode() + " " + location);
            }
            Map<String, String> query = parse(URI.create(location).getRawQuery());
            if (!state.equals(query.get("state")) || query.get("code") == null) {
                throw new IllegalStateException("a redirect without this sign-in's state and a code: " + location);
            }
            HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", query.get("code"),
                            "redirect_uri", redirectUri, "client_id", clientId, "client_secret", secret, "code_verifier", verifier))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (tokens.statusCode() != 200) {
                throw new IllegalStateException("the code was not exchanged: " + tokens.statusCode() + " " + tokens.body());
            }
            return JsonPath.from(tokens.body()).getString("access_token");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
