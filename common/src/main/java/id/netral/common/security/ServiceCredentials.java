package id.netral.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own identity for calls to its neighbours: a bearer token with role {@code service}
 * and national scope, never the caller's (the employee's region may differ from the caller's).
 * Registered on a REST client with {@code @RegisterProvider(ServiceCredentials.class)}. The token
 * comes from configuration ({@code NETRAL_SERVICE_TOKEN}): {@code ./netral up} mints one with its
 * dev key; in a cluster the deployment provides one issued by the IdP.
 */
@ApplicationScoped
public class ServiceCredentials implements ClientRequestFilter {

    @ConfigProperty(name = "netral.service.token")
    Optional<String> token;

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.orElseThrow(() -> new IllegalStateException(
                "No service token: set NETRAL_SERVICE_TOKEN to a JWT with role 'service' and region '*'")));
    }
}
