package id.netral.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.netral.common.domain.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tamper-evident chain every audit trail of the suite is (a case's events, the history of a
 * legal fact): each link holds the hash of the one before it (the first holds {@link #GENESIS}),
 * and its owner keeps the hash of the last, so that a link changed, removed or added behind the
 * service's back is found by {@link #verify}. JSON is hashed in a canonical form (object keys
 * sorted), which survives PostgreSQL's reordering of JSONB.
 */
public final class HashChain {
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** Who acted, for the record: the token's subject and the role it acted in. */
    public record Actor(String subject, String role) {
    }

    /** The outcome of checking a chain: valid, or the position (from 1) of the first link that does not fit. */
    public record Verification(boolean valid, Integer brokenAt, int events) {
    }

    /** The hash of a link: the previous link's hash and the link's fields, one per line. */
    public static String link(String previous, String... fields) {
        return Sha256.hex(previous + "\n" + String.join("\n", fields));
    }

    /**
     * Walks the links oldest first: each must name the hash of the one before and hash to what it
     * says, and the last must be the {@code head} its owner kept (else links were cut off the end,
     * or one was added that the owner never saw).
     */
    public static <T> Verification verify(List<T> links, Function<T, String> previousOf, Function<T, String> hashOf,
            Function<T, String> recompute, String head) {
        String previous = GENESIS;
        for (int i = 0; i < links.size(); i++) {
            T link = links.get(i);
            if (!previousOf.apply(link).equals(previous) || !hashOf.apply(link).equals(recompute.apply(link))) {
                return new Verification(false, i + 1, links.size());
            }
            previous = hashOf.apply(link);
        }
        if (!previous.equals(head == null ? GENESIS : head)) {
            return new Verification(false, links.size() + 1, links.size());
        }
        return new Verification(true, null, links.size());
    }

    /** JSON with object keys sorted at every level, so that the same content always reads the same. */
    public static String canonical(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            StringBuilder out = new StringBuilder("{");
            for (String name : names) {
                out.append(out.length() > 1 ? "," : "").append(quote(name)).append(':').append(canonical(node.get(name)));
            }
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? "," : "").append(canonical(node.get(i)));
            }
            return out.append(']').toString();
        }
        return node.isTextual() ? quote(node.asText()) : node.toString();
    }

    private static String quote(String text) {
        return TextNode.valueOf(text).toString();
    }
}
