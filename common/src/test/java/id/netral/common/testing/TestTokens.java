package id.netral.common.testing;

import id.netral.common.security.TokenMinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The JWTs tests send, minted by {@link TokenMinter} with the test key that the {@code test} profile
 * trusts, with the roles, region, lifetime, issuer or signing key a test needs to prove a rule.
 */
public final class TestTokens {
    public static final String ISSUER = TokenMinter.ISSUER;
    private static final PrivateKey TEST_KEY = loadPrivateKey("/netral-test-private.pem");

    private String subject = "test-user";
    private Set<String> roles = Set.of();
    private String region = "*";
    private String agency;
    private String issuer = ISSUER;
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private PrivateKey key = TEST_KEY;
    private Instant issuedAt;
    private final Map<String, String> further = new java.util.LinkedHashMap<>();

    private TestTokens() {
    }

    public static TestTokens token() {
        return new TestTokens();
    }

    /** The usual case: a valid token with one role, limited to a region. */
    public static String bearer(String role, String region) {
        return token().roles(role).region(region).bearer();
    }

    public TestTokens subject(String value) {
        subject = value;
        return this;
    }

    public TestTokens roles(String... values) {
        roles = Set.of(values);
        return this;
    }

    /** The region claim; {@code null} leaves it out. */
    public TestTokens region(String value) {
        region = value;
        return this;
    }

    public TestTokens agency(String value) {
        agency = value;
        return this;
    }

    public TestTokens issuer(String value) {
        issuer = value;
        return this;
    }

    public TestTokens expiresIn(Duration lifetime) {
        expiresAt = Instant.now().plus(lifetime);
        return this;
    }

    public TestTokens expiredSince(Duration ago) {
        expiresAt = Instant.now().minus(ago);
        return this;
    }

    /** The {@code iat} claim; by default now. */
    public TestTokens issuedAt(Instant value) {
        issuedAt = value;
        return this;
    }

    /** A further claim, such as the {@code employee_key} the realm gives an employee. */
    public TestTokens claim(String name, String value) {
        further.put(name, value);
        return this;
    }

    /** Signs with a fresh key the services have never seen. */
    public TestTokens signedByStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair().getPrivate();
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwt() {
        TokenMinter.Claims claims = new TokenMinter.Claims(issuer, subject, roles, region, agency, expiresAt);
        if (issuedAt != null) {
            claims = new TokenMinter.Claims(issuer, subject, roles, region, agency, expiresAt, issuedAt);
        }
        return new TokenMinter(key).mint(claims, further);
    }

    public String bearer() {
        return "Bearer " + jwt();
    }

    private static PrivateKey loadPrivateKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Test key " + resource + " is not on the classpath");
            }
            return TokenMinter.privateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
