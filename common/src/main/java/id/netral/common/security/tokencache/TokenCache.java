package id.netral.common.security.tokencache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Identities of verified tokens by exact token text, each until its token expires (see package doc). */
@ApplicationScoped
public class TokenCache {

    @Inject
    TokenCacheConfig config;

    private Cache<String, Entry> byToken;

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    /** Each entry lives until its token's {@code exp}, however often it is read. */
    private static final class UntilTokenExpiry implements Expiry<String, Entry> {
        @Override
        public long expireAfterCreate(String token, Entry entry, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, entry.expiresAtMillis() - System.currentTimeMillis()));
        }

        @Override
        public long expireAfterUpdate(String token, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(token, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    @PostConstruct
    void init() {
        byToken = Caffeine.newBuilder().maximumSize(config.maxSize()).expireAfter(new UntilTokenExpiry()).build();
    }

    public boolean isEnabled() {
        return config.enabled();
    }

    /** The identity verified for this exact token, or null when unknown, expired or switched off. */
    public SecurityIdentity find(String token) {
        if (!config.enabled()) {
            return null;
        }
        Entry entry = byToken.getIfPresent(token);
        // Caffeine expires lazily within its clock's granularity: never hand out a token past exp
        return entry == null || entry.expiresAtMillis() <= System.currentTimeMillis() ? null : entry.identity();
    }

    /** Keeps a finished identity whose principal is a verified JWT with its raw text; others are ignored. */
    public void put(SecurityIdentity identity) {
        if (!config.enabled() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null) {
            return;
        }
        byToken.put(jwt.getRawToken(), new Entry(withoutRequest(identity), jwt.getExpirationTime() * 1000));
    }

    /** Forgets every token: the keys they were verified with may no longer be trusted. */
    public void clear() {
        byToken.invalidateAll();
    }

    /** How many tokens are kept now (after pending evictions). */
    public long size() {
        byToken.cleanUp();
        return byToken.estimatedSize();
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
