package id.netral.common.store;

import id.netral.common.security.IdempotencyKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What a row keeps of the request that made it under an Idempotency-Key: the key, the caller who
 * sent it (a key is unique per caller only) and the SHA-256 of the request's body. A retry with the
 * same key and body answers with the row; another body under the key is refused. Every table that
 * embeds it has the three columns and a unique index on (idempotency_owner, idempotency_key).
 */
@Embeddable
public class IdempotentRequest {
    /** A query's condition for the row made under a key: ?1 its owner, ?2 the key; the entity's field is {@code idempotency}. */
    public static final String UNDER_KEY = "idempotency.owner = ?1 and idempotency.sentKey = ?2";

    @Column(name = "idempotency_key")
    public String sentKey;

    @Column(name = "idempotency_owner")
    public String owner;

    @Column(name = "request_sha256")
    public String requestSha256;

    /** The request to keep with a new row; null when it came without a key. */
    public static IdempotentRequest of(IdempotencyKey key, String requestSha256) {
        if (key == null) {
            return null;
        }
        IdempotentRequest request = new IdempotentRequest();
        request.sentKey = key.key();
        request.owner = key.owner();
        request.requestSha256 = requestSha256;
        return request;
    }

    /** Whether a request with this body is a retry of the one kept (else the key was used for something else). */
    public boolean sameBody(String requestSha256) {
        return Objects.equals(this.requestSha256, requestSha256);
    }
}
