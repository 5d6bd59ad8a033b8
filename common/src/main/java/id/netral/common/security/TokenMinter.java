package id.netral.common.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 tokens with the platform's claims ({@code groups}, {@code region}, optionally
 * {@code agency}) for the places that stand in for the identity provider: {@code ./netral token}
 * with the generated dev key, and the tests with the test key. Services never mint tokens.
 */
public final class TokenMinter {
    public static final String ISSUER = "https://netral.local/auth";
    public static final String AUDIENCE = "netral";

    private final PrivateKey key;

    public TokenMinter(PrivateKey key) {
        this.key = key;
    }

    /** A minter with the PKCS#8 RSA key of a PEM file (the development key {@code ./netral} generates). */
    public static TokenMinter fromPem(Path file) throws IOException {
        return new TokenMinter(readPrivateKey(file));
    }

    /** Reads a PKCS#8 RSA private key from a PEM file. */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        try {
            return privateKey(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IOException("Cannot read the private key in " + file, e);
        }
    }

    /** A PKCS#8 RSA private key from its PEM text; IllegalArgumentException when it is none. */
    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }

    /** What goes into one token; {@code region} and {@code agency} may be null to leave them out. */
    public record Claims(String issuer, String subject, Collection<String> roles, String region, String agency,
            Instant expiresAt, Instant issuedAt) {

        /** Issued now, or an hour before it expired for a token minted already expired (tests of refusal). */
        public Claims(String issuer, String subject, Collection<String> roles, String region, String agency, Instant expiresAt) {
            this(issuer, subject, roles, region, agency, expiresAt, issuedNow(expiresAt));
        }

        private static Instant issuedNow(Instant expiresAt) {
            Instant now = Instant.now();
            return expiresAt.isAfter(now) ? now : expiresAt.minus(Duration.ofHours(1));
        }

        /** The usual token: our issuer, valid for {@code ttl} from now. */
        public static Claims of(Collection<String> roles, String region, Duration ttl, String subject, String agency) {
            return new Claims(ISSUER, subject, roles, region, agency, Instant.now().plus(ttl));
        }
    }

    public String mint(Claims token) {
        return mint(token, Map.of());
    }

    /** A token with further claims as well (an employee's {@code employee_key}, as the realm maps it). */
    public String mint(Claims token, Map<String, String> further) {
        JwtClaims claims = new JwtClaims();
        further.forEach(claims::setClaim);
        claims.setIssuer(token.issuer());
        claims.setAudience(AUDIENCE);
        claims.setSubject(token.subject());
        claims.setClaim("upn", token.subject());
        claims.setStringListClaim("groups", List.copyOf(token.roles()));
        if (token.region() != null) {
            claims.setClaim(CallerScope.REGION_CLAIM, token.region());
        }
        if (token.agency() != null) {
            claims.setClaim(CallerScope.AGENCY_CLAIM, token.agency());
        }
        claims.setIssuedAt(NumericDate.fromSeconds(token.issuedAt().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(token.expiresAt().getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
    }
}
