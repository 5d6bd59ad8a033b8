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

    /**
     * How often one client address may use the pages open to anyone: file a report, look up a
     * tracking code, ask the checks while typing. Generous, because many citizens share an address
     * (mobile networks put thousands behind one): the limits stop a script's flood or a guessing run
     * at tracking codes, not a busy office.
     */
    PublicLimits publicLimits();

    /**
     * How many proxies in front of the console append the client's address to X-Forwarded-For (the
     * cluster's Gateway: 1). 0 (the default, as under {@code ./netral up}): the header is ignored.
     */
    @WithDefault("0")
    int trustedProxyHops();

    /** Each use: a burst, then one more every period. */
    interface PublicLimits {
        @WithDefault("20")
        int reports();

        @WithDefault("30S")
        Duration reportEvery();

        @WithDefault("60")
        int trackings();

        @WithDefault("2S")
        Duration trackingEvery();

        @WithDefault("300")
        int checks();

        @WithDefault("0.2S")
        Duration checkEvery();

        /** How many addresses are remembered at most (a bucket each, some 100 bytes). */
        @WithDefault("100000")
        int maxAddresses();
    }

    /** How many cases the work list shows per state it asks for. */
    @WithDefault("200")
    int workListSize();
}
