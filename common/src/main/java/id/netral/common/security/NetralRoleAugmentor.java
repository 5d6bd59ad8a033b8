package id.netral.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * Gives every caller that holds at least one platform role the extra role {@link Roles#ANY}, so a
 * read endpoint open to all participants says {@code @RolesAllowed(Roles.ANY)} instead of listing
 * seven roles, and a token with only foreign groups is still refused with 403.
 */
@ApplicationScoped
public class NetralRoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(Arrays.stream(Roles.ALL).noneMatch(identity::hasRole) ? identity
                : QuarkusSecurityIdentity.builder(identity).addRole(Roles.ANY).build());
    }
}
