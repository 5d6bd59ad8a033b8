package id.netral.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.store.FactHistory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an audit trail answers over HTTP, the same in every service. */
public final class AuditViews {
    private static final ObjectMapper TREES = new ObjectMapper();

    private AuditViews() {
    }

    /** Whether a chain is intact. */
    @Schema(name = "AuditVerification")
    public record Verification(boolean valid, @Schema(description = "The first event that does not fit the chain") Integer brokenAt,
            int events) {

        public static Verification of(HashChain.Verification v) {
            return new Verification(v.valid(), v.brokenAt(), v.events());
        }
    }

    /** One recorded change of a legal fact, with the hashes that chain it. */
    @Schema(name = "FactChange")
    public record Change(int seq, OffsetDateTime at, @Schema(description = "The token subject that made the change") String actor,
            String role, @Schema(example = "PPK_CHANGED") String action, String regionCode, Map<String, Object> before,
            Map<String, Object> after, String prevHash, String hash) {

        public static Change of(FactHistory.Entry e) {
            return new Change(e.seq(), e.at(), e.actor(), e.role(), e.action(), e.regionCode(), asMap(e.before()), asMap(e.after()),
                    e.prevHash(), e.hash());
        }
    }

    /** How a page of a subject's history is documented (the answer is a {@code Page} of {@link Change}). */
    @Schema(name = "FactChangePage")
    public record ChangePage(List<Change> items, int page, int size, long total) {
    }

    /** JSON kept as is, shown as a plain object (a typed schema, not Jackson's tree type, in the OpenAPI document). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(JsonNode node) {
        return node == null || node.isNull() ? null : TREES.convertValue(node, Map.class);
    }
}
