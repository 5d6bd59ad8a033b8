package id.netral.rules.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.domain.SanctionType;
import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.Language;
import id.netral.common.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The classifier's result: the verdict, the sanction tier, the rules that ground it, the criminal
 * provisions it may be referred under, and the questions that must be answered (for NEEDS_REVIEW;
 * for a violation, those that decide a referral). {@code stage} is null when the contest, not yet
 * known, decides it. For non-ASN staff judged under their contract, {@code conductRules} are the
 * ASN rules the same conduct breaches. The explanation is rendered on demand, in the language asked for.
 */
public record Classification(
        Facts facts,
        Verdict verdict,
        SanctionType sanctionType,
        List<Rule> rules,
        List<Rule> criminal,
        List<Rule> pending,
        List<Question> questions,
        Stage stage,
        CompiledCatalog catalog,
        List<Rule> conductRules) {

    /** A question whose answer decides the outcome; {@code field} names the input to supply, if any. */
    public record Question(String field, LocalizedText text) {
    }

    public int catalogVersion() {
        return catalog.version;
    }

    /** What the sanction tier means for this kind of employee. */
    public LocalizedText sanctionDetail() {
        SanctionTier tier = catalog.tier(sanctionType, facts.employmentType());
        if (verdict == Verdict.NEEDS_REVIEW) {
            return Messages.text("rules.Classification.to-be-decided-after-review");
        }
        return tier == null ? LocalizedText.of(sanctionType.name(), sanctionType.name()) : tier.detail;
    }

    /** The tier text behind the sanction, for its basis and dispute; null for NEEDS_REVIEW or an unknown tier. */
    public SanctionTier sanctionTier() {
        return verdict == Verdict.NEEDS_REVIEW ? null : catalog.tier(sanctionType, facts.employmentType());
    }

    /** Whether any rule the answer cites, or the basis of its sanction, rests on a disputed reading. */
    public boolean disputed() {
        for (List<Rule> cited : List.of(rules, conductRules, criminal, pending)) {
            for (Rule rule : cited) {
                if (rule.disputed) {
                    return true;
                }
            }
        }
        SanctionTier tier = sanctionTier();
        return tier != null && tier.disputed;
    }

    /**
     * The statutory basis of a cited rule, if it binds this employee: a rule that binds PNS cites PNS
     * discipline law (PP 94/2021 binds PNS only), so PPPK and non-ASN staff cite the sanction's own
     * basis ({@link #sanctionTier()}) instead, unless the rule is theirs alone.
     */
    public String basisOf(Citation citation) {
        return citation.basisBinds().contains(facts.employmentType().name()) ? citation.basis() : null;
    }

    /** Same verdict, tier, cited rules, referrals and questions: the contest would not change the answer. */
    boolean sameAnswerAs(Classification other) {
        return verdict == other.verdict && sanctionType == other.sanctionType && rules.equals(other.rules)
                && criminal.equals(other.criminal) && questions.equals(other.questions) && conductRules.equals(other.conductRules);
    }

    /**
     * Why, in one language. It names the sanction tier only: what the tier means for this kind
     * of employee is in {@link #sanctionDetail()}, and repeating it would double the answer's size.
     * Version 1's answers keep their words.
     */
    public String explanation(Language language) {
        if (catalog.stageModel == StageModel.FULL) {
            return Explanation.of(this, language);
        }
        return explanationOfVersion1().in(language);
    }

    /** Version 1's explanation, in its words (bundle keys {@code rules.Classification.v1.*}): an answer never changes. */
    private LocalizedText explanationOfVersion1() {
        LocalizedText opening = Messages.text("rules.Classification.v1.opening", catalog.actLabel(facts.act()), facts.employmentType(),
                facts.occurredOn(), stage.coarsePhrase, facts.election().name);
        LocalizedText body = switch (verdict) {
            case VIOLATION -> criminal.isEmpty() ? Messages.text("rules.Classification.v1.violation", refs(rules), sanctionType.label)
                    : Messages.text("rules.Classification.v1.violation-criminal", refs(rules), sanctionType.label, refs(criminal));
            case PERMITTED -> Messages.text("rules.Classification.v1.permitted", refs(rules), rules.get(0).text);
            case NEEDS_REVIEW -> {
                LocalizedText asked = LocalizedText.of(questions.stream().map(q -> q.text().indonesian()).collect(Collectors.joining(" ")),
                        questions.stream().map(q -> q.text().english()).collect(Collectors.joining(" ")));
                yield pending.isEmpty() ? Messages.text("rules.Classification.v1.needs-review", asked)
                        : Messages.text("rules.Classification.v1.needs-review-pending", asked, refs(pending));
            }
        };
        return LocalizedText.of(opening.indonesian() + body.indonesian(), opening.english() + body.english());
    }

    /** How these rules (from this classification's catalog version) are cited. */
    public List<Citation> citations(List<Rule> cited) {
        List<Citation> citations = new ArrayList<>(cited.size());
        for (Rule rule : cited) {
            citations.add(catalog.citation(rule));
        }
        return citations;
    }

    String refs(List<Rule> cited) {
        StringJoiner joined = new StringJoiner("; ");
        citations(cited).forEach(c -> joined.add(c.reference()));
        return joined.toString();
    }
}
