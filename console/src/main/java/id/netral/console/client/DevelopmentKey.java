package id.netral.console.client;

import id.netral.common.security.TokenMinter;
import id.netral.console.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The development signing key {@code ./netral up} hands the console: the development sign-in mints
 * officers' tokens with it and, without an IdP, the portal identity's. Read once; absent in a cluster.
 */
@ApplicationScoped
public class DevelopmentKey {

    @Inject
    ConsoleConfig config;

    private volatile TokenMinter minter;

    /** The minter, or empty when no development key is configured. */
    public Optional<TokenMinter> minter() {
        if (config.devSigningKey().isEmpty()) {
            return Optional.empty();
        }
        if (minter == null) {
            try {
                minter = TokenMinter.fromPem(config.devSigningKey().get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(minter);
    }
}
