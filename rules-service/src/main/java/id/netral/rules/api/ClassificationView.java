package id.netral.rules.api;

import id.netral.common.i18n.Messages;
import id.netral.common.i18n.Language;
import id.netral.rules.domain.Classification;
import id.netral.rules.domain.Contest;
import id.netral.rules.domain.SanctionTier;
import id.netral.rules.domain.Rule;
import id.netral.common.domain.SanctionType;
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
        @Schema(description = "The rules whose application depends on the questions") List<RuleRef> pendingRules,
        @Schema(description = "What must be answered; field names the input to supply, if any. For NEEDS_REVIEW they decide the "
                + "verdict; for a VIOLATION, whether a referral to Gakkumdu fits") List<Question> questions,
        @Schema(description = "Where the act fell; null when the contest, not yet given, decides it") Stage stage,
        @Schema(description = "Null when the act lies outside every election", example = "PILKADA_2024") String election,
        @Schema(description = "The contest given in the request") Contest contest,
        @Schema(example = "2") int catalogVersion,
        @Schema(description = "Whether any cited rule or the sanction's basis rests on a disputed reading (see their disputeNote)")
        boolean disputed,
        @Schema(description = "For non-ASN staff judged under their contract: the ASN rules the same conduct breaches")
        List<RuleRef> conductRules,
        @Schema(description = "Why, in the language of Accept-Language") String explanation) {

    /** The sanction tier and what it means for this kind of employee. */
    public record Sanction(SanctionType type, String detail,
            @Schema(description = "The article that sets this tier for this kind of employee (PPPK: PP 49/2018)") String basis,
            boolean disputed, @Schema(description = "Why the basis is disputed") String disputeNote) {
    }

    /** A criminal provision the act may be referred to Gakkumdu under: a referral for review, never a verdict. */
    public record Criminal(String source, String article, String maxPenalty, String rule,
            @Schema(description = "What the entry is: always a referral for review, never a verdict") String nature) {
    }

    /** A cited rule. */
    public record RuleRef(String code, String title, String source, String article,
            @Schema(description = "The statute behind the rule, for the employees it binds: for PNS the point of PP 94/2021 art. 5 letter n and the article of the tier; for PPPK only a rule of their own (UU 5/2014 art. 105)") String basis,
            boolean disputed,
            @Schema(description = "Why the reading is disputed and which one the rule follows") String disputeNote,
            @Schema(description = "What an answer citing this rule must add") String note) {
    }

    /** A question whose answer decides the outcome. */
    public record Question(String field, String question) {
    }

    /** The answer with every text in {@code language}. */
    static ClassificationView of(Classification c, Language language) {
        SanctionTier tier = c.sanctionTier();
        String referral = Messages.text("rules.ClassificationView.referral-not-a-verdict").in(language);
        return new ClassificationView(c.verdict(),
                new Sanction(c.sanctionType(), c.sanctionDetail().in(language), tier == null ? null : tier.basis,
                        tier != null && tier.disputed, tier == null || !tier.disputed ? null : tier.disputeNote.in(language)),
                c.citations(c.criminal()).stream().map(r -> new Criminal(r.source(), r.article(), r.maxPenalty(), r.code(), referral))
                        .toList(),
                refs(c, c.rules(), language), refs(c, c.pending(), language),
                c.questions().stream().map(q -> new Question(q.field(), q.text().in(language))).toList(),
                c.stage(), c.facts().election() == null ? null : c.facts().election().code, c.facts().contest(), c.catalogVersion(),
                c.disputed(), refs(c, c.conductRules(), language), c.explanation(language));
    }

    private static List<RuleRef> refs(Classification c, List<Rule> rules, Language language) {
        return c.citations(rules).stream().map(r -> new RuleRef(r.code(), r.title().in(language), r.source(), r.article(),
                c.basisOf(r), r.disputed(), r.disputeNote() == null ? null : r.disputeNote().in(language),
                r.note() == null ? null : r.note().in(language))).toList();
    }
}
