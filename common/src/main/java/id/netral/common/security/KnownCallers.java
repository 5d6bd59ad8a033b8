package id.netral.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of callers whose bearer token passed full verification, kept until the token
 * expires. A portal or a service sends the same token thousands of times; answering from here
 * skips the signature check, the claim parsing and the building of the identity. The key is the
 * whole token, signature included, so a token that was never verified (a tampered copy, say)
 * can never be answered from here; an expired one is dropped and verified again (and refused).
 */
@ApplicationScoped
public class KnownCallers {
    /** Bounds memory; when full it starts over, which costs one verification per token. */
    static final int CAPACITY = 20_000;

    private record Known(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Known> byToken = new ConcurrentHashMap<>();

    /** The identity verified for this exact token, or null when it is unknown or expired. */
    public SecurityIdentity find(String token) {
        Known known = byToken.get(token);
        if (known == null) {
            return null;
        }
        if (known.expiresAtMillis() <= System.currentTimeMillis()) {
            byToken.remove(token);
            return null;
        }
        return known.identity();
    }

    /** How many tokens are known now. */
    int size() {
        return byToken.size();
    }

    /** Keeps a fully built identity whose principal is a verified JWT; anything else is ignored. */
    void remember(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null) {
            return;
        }
        if (byToken.size() >= CAPACITY) {
            byToken.clear();
        }
        byToken.put(jwt.getRawToken(), new Known(withoutRequest(identity), jwt.getExpirationTime() * 1000));
    }

    /**
     * The identity without the attributes that belong to the request it was built in (Quarkus
     * attaches the routing context); those are attached again to each request that reuses it.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }
}
