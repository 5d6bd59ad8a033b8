package id.netral.roster.api;

import id.netral.roster.domain.AccountRef;
import id.netral.common.error.InvalidValueException;
import id.netral.common.error.NetralException;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.api.Problem;
import id.netral.roster.domain.Platform;
import id.netral.roster.domain.SocialAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for social-media accounts and their lookup. */
public final class AccountViews {
    public static final int BATCH_MAX = 1000;

    private AccountViews() {
    }

    /** An account, by handle (with its platform) or by profile URL. */
    @Schema(name = "AccountInput", example = Examples.ACCOUNT)
    public record Input(@Schema(description = "Required with a handle; checked against the URL when both are given") Platform platform,
            @Size(max = 300) @Schema(example = "@budi.santoso_") String handle,
            @Size(max = 1000) @Schema(example = "https://x.com/budi_santoso") String url) {
    }

    /** A registered account. */
    @Schema(name = "Account")
    public record View(long id, Platform platform, @Schema(description = "Normalised handle") String handle, String url,
            OffsetDateTime createdAt) {
        static View of(SocialAccount a) {
            return new View(a.id, a.platform, a.handle, a.url, a.createdAt);
        }
    }

    /** Up to 1,000 handles or URLs to look up at once. */
    @Schema(name = "AccountLookupBatch")
    public record Batch(@NotNull @NotEmpty @Size(max = BATCH_MAX) List<@Valid @NotNull Input> items) {
    }

    /** The answer for one input: the owner, not found, or why the input is not an account address. */
    @Schema(name = "AccountLookupResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(int index, int status, Platform platform, String handle, EmployeeViews.Summary employee,
            Problem problem) {
    }

    /** The batch's answers, in input order. */
    @Schema(name = "AccountLookupResults")
    public record Results(List<Result> results, int found, int notFound, int invalid) {
    }

    /** Normalises the input; a malformed handle or URL is a 400 naming the field. */
    static AccountRef ref(Platform platform, String handle, String url, String fieldPrefix) {
        try {
            return AccountRef.of(platform, handle, url);
        } catch (AccountRef.PlatformMismatch e) {
            throw NetralException.unprocessable(fieldPrefix + "platform", e.reason());
        } catch (IllegalArgumentException e) {
            boolean byUrl = url != null && !url.isBlank();
            throw NetralException.badRequest(fieldPrefix + (byUrl ? "url" : platform == null ? "platform" : "handle"),
                    InvalidValueException.reasonOf(e));
        }
    }
}
