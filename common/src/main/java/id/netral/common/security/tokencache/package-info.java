/**
 * The verified-token cache: why a caller who sends the same bearer token again is not verified
 * again.
 *
 * <p>A portal or a service sends one token thousands of times. Verifying it (RS256 signature,
 * claims, building the identity, the role augmentor) cost about a sixth of a small request's
 * CPU. So: after smallrye-jwt has verified a token and the identity is complete,
 * {@link id.netral.common.security.tokencache.TokenCacheFiller} puts the identity in
 * {@link id.netral.common.security.tokencache.TokenCache}, keyed by the exact token text and
 * kept until the token's {@code exp}; {@link id.netral.common.security.tokencache.TokenCacheMechanism}
 * runs before smallrye-jwt and answers later requests with that token from the cache.
 *
 * <p>What keeps it safe: the key is the whole token, signature included, so a changed or forged
 * token is never found and goes through full verification; an entry never outlives its token;
 * the cache is bounded (Caffeine, least recently used out) and is emptied when the verification
 * key changes ({@link id.netral.common.security.tokencache.VerificationKeyWatcher}), so a rotated-out
 * key stops working at once; {@code netral.security.token-cache.enabled=false} switches it off.
 * What it does not do: revoke a token before its {@code exp} (plain JWT verification cannot either).
 *
 * <p>{@link id.netral.common.security.tokencache.TokenParser} hands verified tokens on as
 * {@link id.netral.common.security.tokencache.VerifiedToken}, whose claims are read once: smallrye-jwt
 * resolves a custom claim such as {@code region} through a caught exception on every read.
 */
package id.netral.common.security.tokencache;
