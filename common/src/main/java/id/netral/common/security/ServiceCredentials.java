package id.netral.common.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own identity for calls to its neighbours: a bearer token with role {@code service}
 * and national scope, never the caller's (the employee's region may differ from the caller's).
 * Registered on a REST client with {@code @RegisterProvider(ServiceCredentials.class)}.
 *
 * <p>Where the token comes from: in a cluster, from the IdP by client credentials (quarkus-oidc-client,
 * configured with {@code QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL}, {@code …_CLIENT_ID} and
 * {@code …_CREDENTIALS_SECRET}); the token is cached and renewed before it expires. Without an IdP,
 * from configuration ({@code NETRAL_SERVICE_TOKEN}): {@code ./netral up} mints one with its dev key.
 */
@ApplicationScoped
public class ServiceCredentials implements ClientRequestFilter {

    @ConfigProperty(name = "netral.service.token")
    Optional<String> token;

    @ConfigProperty(name = "quarkus.oidc-client.auth-server-url")
    Optional<String> identityProvider;

    /** How long a call may wait for the IdP to issue a token; the caller's retries take over after. */
    @ConfigProperty(name = "netral.service.token-timeout", defaultValue = "10s")
    Duration tokenTimeout;

    /** The default OIDC client: disabled (and never called) when no IdP is configured. */
    @Inject
    OidcClient idp;

    /** Caches the IdP's tokens, refreshes or renews them when they expire, one request at a time. */
    private final TokensHelper tokens = new TokensHelper();

    /**
     * Runs on the calling worker thread (the neighbours are called from blocking code): waiting for
     * the IdP here happens once per token lifetime, every other call takes the cached token.
     */
    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + bearer());
    }

    /** Whether the identity comes from the IdP (client credentials) rather than from configuration. */
    public boolean fromIdentityProvider() {
        return identityProvider.isPresent();
    }

    /** The current token of this identity (from the IdP, renewed when it runs out, or from configuration). */
    public String bearer() {
        if (identityProvider.isPresent()) {
            try {
                return tokens.getTokens(idp).await().atMost(tokenTimeout).getAccessToken();
            } catch (RuntimeException e) {
                // a ProcessingException is what the callers' retries and circuit breakers count as "neighbour unreachable"
                throw new ProcessingException("No service token from the identity provider at " + identityProvider.get()
                        + ": " + e.getMessage(), e);
            }
        }
        return token.orElseThrow(() -> new IllegalStateException("No service identity: configure the IdP client "
                + "(QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL, _CLIENT_ID, _CREDENTIALS_SECRET) or set NETRAL_SERVICE_TOKEN "
                + "to a JWT with role 'service' and region '*'"));
    }
}
