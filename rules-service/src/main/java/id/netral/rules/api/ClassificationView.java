package id.netral.rules.api;

import id.netral.common.i18n.Language;
import id.netral.rules.domain.Classification;
import id.netral.rules.domain.Rule;
import id.netral.rules.domain.SanctionType;
import id.netral.rules.domain.Stage;
import id.netral.rules.domain.Verdict;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The classifier's answer as callers see it. */
@Schema(name = "Classification", example = Examples.CLASSIFICATION)
public record ClassificationView(
        Verdict verdict,
        Sanction sanction,
        @Schema(description = "Criminal provisions the act may also engage (violations only)") List<Criminal> criminal,
        @Schema(description = "The rules that ground the verdict") List<RuleRef> rules,
        @Schema(description = "For NEEDS_REVIEW: the rules whose application depends on the questions") List<RuleRef> pendingRules,
        @Schema(description = "For NEEDS_REVIEW: what must be answered; field names the input to supply, if any") List<Question> questions,
        Stage stage,
        @Schema(example = "PILKADA_2024") String election,
        @Schema(example = "1") int catalogVersion,
        @Schema(description = "Why, in the language of Accept-Language") String explanation) {

    /** The sanction tier and what it means for this kind of employee. */
    public record Sanction(SanctionType type, String detail) {
    }

    /** A criminal provision, for referral to Gakkumdu. */
    public record Criminal(String source, String article, String maxPenalty, String rule) {
    }

    /** A cited rule. */
    public record RuleRef(String code, String title, String source, String article) {
    }

    /** A question whose answer decides the outcome. */
    public record Question(String field, String question) {
    }

    /** The answer with every text in {@code language}. */
    static ClassificationView of(Classification c, Language language) {
        return new ClassificationView(c.verdict(),
                new Sanction(c.sanctionType(), c.sanctionDetail().in(language)),
                c.citations(c.criminal()).stream().map(r -> new Criminal(r.source(), r.article(), r.maxPenalty(), r.code())).toList(),
                refs(c, c.rules(), language), refs(c, c.pending(), language),
                c.questions().stream().map(q -> new Question(q.field(), q.text().in(language))).toList(),
                c.stage(), c.facts().election().code, c.catalogVersion(), c.explanation(language));
    }

    private static List<RuleRef> refs(Classification c, List<Rule> rules, Language language) {
        return c.citations(rules).stream().map(r -> new RuleRef(r.code(), r.title().in(language), r.source(), r.article())).toList();
    }
}
