package id.netral.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.domain.Sha256;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.function.Supplier;

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

    /**
     * Runs a create under this key (or none). Two requests with the same key at once both find no
     * earlier one; the unique index refuses the second's insert, and running it again then finds the
     * first and answers as its replay. Without a key a refusal is a refusal.
     */
    public static <T> T onceRaced(IdempotencyKey key, Supplier<T> create) {
        try {
            return create.get();
        } catch (PersistenceException | TransactionalException raced) {
            if (key == null) {
                throw raced;
            }
            return create.get();
        }
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
