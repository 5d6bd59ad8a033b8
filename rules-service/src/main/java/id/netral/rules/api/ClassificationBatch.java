package id.netral.rules.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.api.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 1,000 classifications in one call; each result stands at its input's index. */
public final class ClassificationBatch {
    public static final int MAX = 1000;

    private ClassificationBatch() {
    }

    /** The inputs. */
    @Schema(name = "ClassificationBatchRequest")
    public record Request(@NotNull @NotEmpty @Size(max = MAX) List<@Valid @NotNull ClassificationRequest> items) {
    }

    /** One result: the classification, or the problem with that input (unknown act or election). */
    @Schema(name = "ClassificationBatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, ClassificationView result, Problem problem) {
    }

    /** The results, in input order. */
    @Schema(name = "ClassificationBatchResponse")
    public record Response(List<Item> results, int classified, int failed) {
    }
}
