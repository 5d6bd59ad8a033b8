package id.netral.common.security.tokencache;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts an identity in the {@link TokenCache} once smallrye-jwt has verified its token and every
 * other augmentor has finished it: it runs last (lowest priority), and does nothing else.
 */
@ApplicationScoped
public class TokenCacheFiller implements SecurityIdentityAugmentor {

    @Inject
    TokenCache cache;

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            cache.put(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
