package id.netral.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.domain.Sha256;

/**
 * An {@code Idempotency-Key} header as the key of one caller: the same text sent by another
 * caller is another key, so nobody can replay, or learn of, what someone else submitted.
 * {@code owner} is {@link CallerScope#owner()}.
 */
public record IdempotencyKey(String owner, String key) {
    public static final int MAX_LENGTH = 200;

    /** The key of a request; null when it sent none. */
    public static IdempotencyKey of(CallerScope caller, String header) {
        return header == null ? null : new IdempotencyKey(caller.owner(), header);
    }

    /** What identifies a request body for its key: the SHA-256 of its JSON. */
    public static String fingerprint(ObjectMapper json, Object body) {
        try {
            return Sha256.hex(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body read from JSON writes as JSON", e);
        }
    }
}
