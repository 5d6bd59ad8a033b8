package id.netral.common.security.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private static final String TOKEN = "header.payload.signature";

    private final TokenCache cache = cache(true, 100);

    @Test
    void aVerifiedTokenIsFoundByItsExactTextOnly() {
        cache.put(identity(TOKEN, 3600));

        SecurityIdentity found = cache.find(TOKEN);

        assertThat(found).isNotNull();
        assertThat(found.getPrincipal().getName()).isEqualTo("officer");
        assertThat(found.getRoles()).containsExactlyInAnyOrder(Roles.BAWASLU, Roles.ANY);
        assertThat(cache.find(TOKEN.substring(0, TOKEN.length() - 1) + "X")).as("a changed signature").isNull();
        assertThat(cache.find(TOKEN + " ")).isNull();
    }

    @Test
    void anExpiredTokenIsNeverFound() {
        cache.put(identity(TOKEN, -1));

        assertThat(cache.find(TOKEN)).isNull();
    }

    @Test
    void onlyIdentitiesBuiltFromAVerifiedJwtAreKept() {
        Principal plain = () -> "someone";
        cache.put(QuarkusSecurityIdentity.builder().setPrincipal(plain).addRole(Roles.ADMIN).build());
        JwtClaims claims = new JwtClaims();
        claims.setSubject("no-raw-token");
        cache.put(QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).build());

        assertThat(cache.size()).isZero();
        cache.put(identity(TOKEN, 3600));
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theRequestTheIdentityWasBuiltInIsNotKept() {
        RoutingContext request = (RoutingContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> null);
        SecurityIdentity built = QuarkusSecurityIdentity.builder(identity(TOKEN, 3600))
                .addAttribute("routing-context", request).addAttribute("tenant", "netral").build();

        cache.put(built);

        assertThat(cache.find(TOKEN).getAttributes()).doesNotContainKey("routing-context").containsEntry("tenant", "netral");
    }

    @Test
    void underItsBoundItForgetsNothing() {
        TokenCache small = cache(true, 10);
        for (int i = 0; i < 10; i++) {
            small.put(identity("token-" + i, 3600));
        }

        for (int i = 0; i < 10; i++) {
            assertThat(small.find("token-" + i)).as("token-%d", i).isNotNull();
        }
    }

    @Test
    void overItsBoundItKeepsNoMoreThanItsSize() {
        // which tokens stay is Caffeine's choice (TinyLFU admits by frequency, not recency): only the bound is ours
        TokenCache small = cache(true, 10);
        for (int i = 0; i < 50; i++) {
            small.put(identity("token-" + i, 3600));
        }

        assertThat(small.size()).isEqualTo(10);
    }

    @Test
    void clearingForgetsEveryToken() {
        cache.put(identity(TOKEN, 3600));

        cache.clear();

        assertThat(cache.find(TOKEN)).isNull();
    }

    @Test
    void switchedOffItKeepsAndFindsNothing() {
        TokenCache off = cache(false, 100);
        off.put(identity(TOKEN, 3600));

        assertThat(off.find(TOKEN)).isNull();
        assertThat(off.size()).isZero();
    }

    @Test
    void aChangedVerificationKeyEmptiesTheCache() throws Exception {
        java.nio.file.Path key = java.nio.file.Files.createTempFile("verification-", ".pem");
        java.nio.file.Files.writeString(key, "first key");
        VerificationKeyWatcher watcher = new VerificationKeyWatcher();
        watcher.cache = cache;
        watcher.location = java.util.Optional.of(key.toString());
        watcher.check();
        cache.put(identity(TOKEN, 3600));

        watcher.check();
        assertThat(cache.find(TOKEN)).as("same key: kept").isNotNull();

        java.nio.file.Files.writeString(key, "rotated key");
        watcher.check();
        assertThat(cache.find(TOKEN)).as("rotated key: forgotten").isNull();
        java.nio.file.Files.delete(key);
    }

    private static TokenCache cache(boolean enabled, long maxSize) {
        TokenCache cache = new TokenCache();
        cache.config = new TokenCacheConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public long maxSize() {
                return maxSize;
            }

            @Override
            public String keyCheckEvery() {
                return "off";
            }
        };
        cache.init();
        return cache;
    }

    private static SecurityIdentity identity(String token, long secondsToExpiry) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("officer");
        claims.setClaim("upn", "officer");
        claims.setStringListClaim("groups", List.of(Roles.BAWASLU));
        claims.setClaim("region", "34.04");
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + secondsToExpiry));
        VerifiedToken jwt = new VerifiedToken(token, new DefaultJWTCallerPrincipal(claims));
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRoles(jwt.getGroups()).addRole(Roles.ANY).build();
    }
}
