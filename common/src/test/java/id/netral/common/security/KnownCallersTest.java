package id.netral.common.security;

import static org.assertj.core.api.Assertions.assertThat;

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

class KnownCallersTest {
    private static final String TOKEN = "header.payload.signature";

    private final KnownCallers known = new KnownCallers();

    @Test
    void aVerifiedTokenIsKnownByItsExactText() {
        known.remember(identity(TOKEN, 3600));

        SecurityIdentity found = known.find(TOKEN);

        assertThat(found).isNotNull();
        assertThat(found.getPrincipal().getName()).isEqualTo("officer");
        assertThat(found.getRoles()).containsExactlyInAnyOrder(Roles.BAWASLU, Roles.ANY);
        assertThat(known.find(TOKEN.substring(0, TOKEN.length() - 1) + "X")).as("a changed signature").isNull();
        assertThat(known.find(TOKEN + " ")).isNull();
    }

    @Test
    void anExpiredTokenIsForgottenAndMustBeVerifiedAgain() {
        known.remember(identity(TOKEN, -1));

        assertThat(known.find(TOKEN)).isNull();
    }

    @Test
    void onlyIdentitiesBuiltFromAVerifiedJwtAreKept() {
        Principal plain = () -> "someone";
        known.remember(QuarkusSecurityIdentity.builder().setPrincipal(plain).addRole(Roles.ADMIN).build());
        JwtClaims claims = new JwtClaims();
        claims.setSubject("no-raw-token");
        known.remember(QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).build());

        assertThat(known.size()).isZero();
        known.remember(identity(TOKEN, 3600));
        assertThat(known.size()).isEqualTo(1);
    }

    @Test
    void theRequestTheIdentityWasBuiltInIsNotKept() {
        RoutingContext request = (RoutingContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> null);
        SecurityIdentity built = QuarkusSecurityIdentity.builder(identity(TOKEN, 3600))
                .addAttribute("routing-context", request).addAttribute("tenant", "netral").build();

        known.remember(built);

        assertThat(known.find(TOKEN).getAttributes()).doesNotContainKey("routing-context").containsEntry("tenant", "netral");
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
