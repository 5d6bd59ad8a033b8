package id.netral.common.security.tokencache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the verified-token cache ({@code netral.security.token-cache.*}). */
@ConfigMapping(prefix = "netral.security.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified in full. */
    @WithDefault("true")
    boolean enabled();

    /** Tokens kept at most; the least recently used go first. */
    @WithDefault("20000")
    long maxSize();

    /**
     * How often the verification key (file or JWKS) is read to see whether it changed; a
     * scheduler period, or {@code off}.
     */
    @WithDefault("60s")
    String keyCheckEvery();
}
