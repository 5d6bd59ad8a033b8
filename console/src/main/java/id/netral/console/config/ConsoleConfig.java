package id.netral.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of the console ({@code netral.console.*}, or {@code NETRAL_CONSOLE_*} in the environment). */
@ConfigMapping(prefix = "netral.console")
public interface ConsoleConfig {

    /** roster-service's public address. */
    String rosterUrl();

    /** rules-service's public address. */
    String rulesUrl();

    /** case-service's public address. */
    String casesUrl();

    /** notification-service's public address. */
    String notificationUrl();

    /**
     * The development sign-in: the private key {@code ./netral up} generated, from which the console
     * mints the same tokens {@code ./netral token} does for the role and region a developer picks.
     * Absent in a cluster, where people sign in through the IdP.
     */
    Optional<Path> devSigningKey();

    /**
     * The identity citizens' reports are filed and tracked with: a token of role {@code portal}. In a
     * cluster it comes from the IdP; under {@code ./netral up} it is minted from the development key.
     */
    Optional<String> portalToken();

    /** The region of the portal identity the development key mints ({@code *}: the whole country). */
    @WithDefault("*")
    String portalRegion();

    /** How long a development sign-in lasts. */
    @WithDefault("8H")
    Duration sessionLength();

    /** Whether cookies are marked Secure (behind TLS, as in a cluster); off for http://localhost. */
    @WithDefault("false")
    boolean secureCookies();

    /** Sign-in through the IdP (a cluster): OpenID Connect's authorization code with PKCE, as client netral-console. */
    Oidc oidc();

    /** Where and as whom the console asks the IdP; unset (no realm address), the IdP sign-in is off. */
    interface Oidc {
        /** The realm's address as browsers reach it (https://sso.example.go.id/realms/netral). */
        Optional<String> authServerUrl();

        /** The realm's address as the console reaches it, when another (inside the cluster); default the one above. */
        Optional<String> internalUrl();

        @WithDefault("netral-console")
        String clientId();

        Optional<String> clientSecret();

        /** Where the IdP sends the browser back: the console's public address and /sign-in/callback. */
        Optional<String> redirectUri();
    }

    /** How many cases the work list shows per state it asks for. */
    @WithDefault("200")
    int workListSize();
}
