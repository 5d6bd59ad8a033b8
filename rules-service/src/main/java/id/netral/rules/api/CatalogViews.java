package id.netral.rules.api;

import id.netral.rules.domain.RuleDefinition;
import id.netral.rules.domain.CatalogVersion;
import id.netral.rules.domain.StageModel;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the catalog versioning endpoints. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** A catalog version's header. */
    @Schema(name = "CatalogVersion")
    public record Version(int version, Integer basedOn, String note, OffsetDateTime createdAt, String createdBy,
            int ruleCount, boolean current,
            @Schema(description = "How the version reads an election's timeline: COARSE (version 1: before determination, until "
                    + "the vote, after it) or FULL (every stage, contests, outside elections)") StageModel stageModel,
            @Schema(description = "Acts before this day are not judged by this version; null: no limit") LocalDate coversFrom,
            @Schema(description = "Whether a violation must name a sanction: prohibitions without one alone answer NEEDS_REVIEW "
                    + "(version 3 on)") boolean violationNeedsSanction) {

        static Version of(CatalogVersion v, int ruleCount, int current) {
            return new Version(v.version, v.basedOn, v.note, v.createdAt, v.createdBy, ruleCount, v.version == current,
                    v.stageModel, v.coversFrom, v.violationNeedsSanction);
        }
    }

    /** A whole version, for archiving or for editing into the next change. */
    @Schema(name = "CatalogExport")
    public record Export(int version, Integer basedOn, String note, OffsetDateTime createdAt, String createdBy,
            List<RuleDefinition> rules) {
    }

    /** An admin's change; it becomes version {@code basedOn + 1}. */
    @Schema(name = "CatalogChange", example = Examples.CATALOG_CHANGE)
    public record Change(
            @NotNull @Positive @Schema(description = "The current version, which the change was prepared against") Integer basedOn,
            @NotBlank @Size(max = 2000) @Schema(description = "Why the catalog changes: the legal ground") String note,
            @Schema(description = "Rules to add, or to replace (same code)") List<@Valid @NotNull RuleDefinition> upsert,
            @Schema(description = "Codes of rules to retire") List<@NotBlank String> retire) {
    }
}
