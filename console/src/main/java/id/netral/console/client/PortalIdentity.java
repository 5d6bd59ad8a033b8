package id.netral.console.client;

import id.netral.common.security.Roles;
import id.netral.common.security.TokenMinter;
import id.netral.console.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The identity citizens act through: public reports are filed and tracked as a regional portal (role
 * {@code portal}), never as an officer, so a citizen's page can show no more than a portal may see.
 * In a cluster the token comes from the IdP by client credentials (client netral-console-portal,
 * region {@code *}), renewed as it runs out; else a configured token is used as given; under
 * {@code ./netral up} one is minted from the development key and minted anew an hour before it runs out.
 */
@ApplicationScoped
public class PortalIdentity {
    private static final Duration LIFETIME = Duration.ofHours(12);

    @Inject
    ConsoleConfig config;

    @Inject
    DevelopmentKey developmentKey;

    /** Client netral-console-portal by client credentials, when the IdP is configured (common's token cache). */
    @Inject
    id.netral.common.security.ServiceCredentials credentials;

    private volatile String minted;
    private volatile Instant renewAfter = Instant.MIN;

    /** The portal's token, or empty when the console has none (public reporting is then closed). */
    public Optional<String> token() {
        if (credentials.fromIdentityProvider()) {
            return Optional.of(credentials.bearer());
        }
        if (config.portalToken().isPresent()) {
            return config.portalToken();
        }
        var development = developmentKey.minter();
        if (development.isEmpty()) {
            return Optional.empty();
        }
        if (Instant.now().isAfter(renewAfter)) {
            synchronized (this) {
                if (Instant.now().isAfter(renewAfter)) {
                    minted = development.get().mint(TokenMinter.Claims.of(List.of(Roles.PORTAL), config.portalRegion(), LIFETIME,
                            "netral-console-portal", null));
                    renewAfter = Instant.now().plus(LIFETIME).minus(Duration.ofHours(1));
                }
            }
        }
        return Optional.of(minted);
    }
}
