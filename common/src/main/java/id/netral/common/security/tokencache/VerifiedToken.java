package id.netral.common.security.tokencache;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token with every claim read out once. smallrye-jwt resolves a custom claim such as
 * {@code region} by trying {@code Claims.valueOf(name)} and catching the exception, so each read
 * of a non-standard claim costs a stack trace; a known caller's token is read on every request, so its
 * claims are resolved here, when it is first verified, and served from a map afterwards.
 */
final class VerifiedToken implements JsonWebToken {
    private final String rawToken;
    private final String name;
    private final Map<String, Object> claims;

    VerifiedToken(String rawToken, JsonWebToken verified) {
        this.rawToken = rawToken;
        this.name = verified.getName();
        Map<String, Object> values = new HashMap<>();
        for (String claim : verified.getClaimNames()) {
            Object value = verified.getClaim(claim);
            if (value != null) {
                values.put(claim, value);
            }
        }
        this.claims = Map.copyOf(values);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getRawToken() {
        return rawToken;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }

    @Override
    public String toString() {
        return "VerifiedToken[" + name + "]";
    }
}
