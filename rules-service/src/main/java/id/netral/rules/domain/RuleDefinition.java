package id.netral.rules.domain;

import id.netral.common.domain.SanctionType;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.MaxLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule as read from the catalog and as written in a catalog change: the same shape both ways,
 * so an exported version can be edited and sent back. Empty lists and null conditions mean "any".
 * It is the one mapping between the catalog's interchange form and the {@link Rule} entity:
 * the API's import and export, {@link Rule#copyTo} and the benchmark all go through it. Texts
 * carry both languages, since whoever edits the catalog writes both.
 */
@Schema(name = "Rule")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDefinition(
        @Schema(readOnly = true, description = "The catalog version this rule belongs to") Integer catalogVersion,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "{netral.rule-code}")
        @Schema(example = "SKB22-D6") String code,
        @NotNull RuleKind kind,
        @NotEmpty @Schema(description = "Act codes the rule covers") List<@NotBlank String> acts,
        @NotEmpty List<@NotNull Stage> stages,
        @Schema(description = "Empty: any relation") List<@NotNull CandidateRelation> relations,
        @Schema(description = "Empty: both kinds of election") List<@NotNull ElectionType> electionTypes,
        @Schema(description = "Empty: PNS, PPPK and non-ASN alike") List<@NotNull EmploymentType> employmentTypes,
        @Schema(description = "Null: does not matter") Participation participation,
        @Schema(description = "Null: does not matter") Boolean partisanSymbols,
        @Schema(description = "Null: does not matter") Boolean onUnpaidLeave,
        @Schema(description = "Whether the ASN holds an official post (UU 10/2016 art. 71 and 188); null: does not matter") Boolean official,
        @Schema(description = "Whether the ASN acted on a written official assignment; null: does not matter") Boolean officialDuty,
        @NotNull SanctionType sanctionType,
        @NotBlank @Schema(description = "Legal source code", example = "SKB_2022") String source,
        @NotBlank @Size(max = 200) String article,
        @Size(max = 300) @Schema(description = "PNS discipline: the point of PP 94/2021 art. 5 letter n and the article of the tier",
                example = "PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i") String basis,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @NotNull @Valid @MaxLength(300) LocalizedText title,
        @NotNull @Valid LocalizedText text,
        boolean disputed,
        @Valid @Schema(description = "Disputed rules: why the sources conflict and which one the rule follows") LocalizedText disputeNote,
        @Valid @Schema(description = "What every answer citing the rule adds") LocalizedText note,
        @Valid @Schema(description = "REVIEW rules: what the reviewer must establish") LocalizedText question,
        @Schema(description = "CRIMINAL rules: the maximum penalty") String maxPenalty) {

    public static RuleDefinition of(Rule r) {
        return new RuleDefinition(r.version, r.code, r.kind, r.acts, enums(r.stages, Stage.class),
                enums(r.relations, CandidateRelation.class), enums(r.electionTypes, ElectionType.class),
                enums(r.employmentTypes, EmploymentType.class), r.participation, r.partisanSymbols, r.onUnpaidLeave,
                r.official, r.officialDuty, r.sanctionType, r.sourceCode, r.article, r.basis, r.effectiveFrom, r.effectiveTo,
                r.title, r.text, r.disputed, r.disputeNote, r.note, r.question, r.maxPenalty);
    }

    /** A new rule entity with this content; its catalog version is set by whoever stores it. */
    public Rule toRule() {
        Rule r = new Rule();
        r.code = code;
        r.kind = kind;
        r.acts = List.copyOf(acts);
        r.stages = names(stages);
        r.relations = names(relations);
        r.electionTypes = names(electionTypes);
        r.employmentTypes = names(employmentTypes);
        r.participation = participation;
        r.partisanSymbols = partisanSymbols;
        r.onUnpaidLeave = onUnpaidLeave;
        r.official = official;
        r.officialDuty = officialDuty;
        r.sanctionType = sanctionType;
        r.sourceCode = source;
        r.article = article;
        r.basis = basis;
        r.effectiveFrom = effectiveFrom;
        r.effectiveTo = effectiveTo;
        r.title = title;
        r.text = text;
        r.disputed = disputed;
        r.disputeNote = disputeNote;
        r.note = note;
        r.question = question;
        r.maxPenalty = maxPenalty;
        return r;
    }

    private static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        return names.stream().map(n -> Enum.valueOf(type, n)).toList();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }
}
