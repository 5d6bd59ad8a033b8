package id.netral.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives every caller that holds at least one platform role the extra role {@link Roles#ANY}, so a
 * read endpoint open to all participants says {@code @RolesAllowed(Roles.ANY)} instead of listing
 * seven roles, and a token with only foreign groups is still refused with 403. It also refuses a
 * token issued in the future beyond the clock skew allowed for expiry ({@code mp.jwt.verify.clock.skew}):
 * SmallRye checks {@code exp} with that leeway but not {@code iat}.
 */
@ApplicationScoped
public class NetralRoleAugmentor implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "5")
    long clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getIssuedAtTime() > Instant.now().getEpochSecond() + clockSkewSeconds) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future (iat)"));
        }
        return Uni.createFrom().item(Arrays.stream(Roles.ALL).noneMatch(identity::hasRole) ? identity
                : QuarkusSecurityIdentity.builder(identity).addRole(Roles.ANY).build());
    }
}
