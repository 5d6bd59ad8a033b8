package id.netral.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The classifier's result: the verdict, the sanction tier, the rules that ground it, the criminal
 * provisions it may also engage, and for NEEDS_REVIEW the questions that must be answered. The
 * bilingual explanation is rendered on demand from these parts.
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
        CompiledCatalog catalog) {

    /** A question whose answer decides the outcome; {@code field} names the input to supply, if any. */
    public record Question(String field, String textId, String textEn) {
    }

    public int catalogVersion() {
        return catalog.version;
    }

    public String sanctionDetailId() {
        SanctionTier tier = catalog.tier(sanctionType, facts.employmentType());
        return verdict == Verdict.NEEDS_REVIEW ? "Ditentukan setelah kajian." : tier == null ? sanctionType.name() : tier.detailId;
    }

    public String sanctionDetailEn() {
        SanctionTier tier = catalog.tier(sanctionType, facts.employmentType());
        return verdict == Verdict.NEEDS_REVIEW ? "To be decided after review." : tier == null ? sanctionType.name() : tier.detailEn;
    }

    /**
     * Why, in Indonesian. It names the sanction tier only: what the tier means for this kind of
     * employee is in {@link #sanctionDetailId()}, and repeating it would double the answer's size.
     */
    public String explanationId() {
        String opening = catalog.actLabelId(facts.act()) + " oleh " + facts.employmentType() + " pada " + facts.occurredOn() + ", "
                + stage.phraseId + " dalam " + facts.election().name + ": ";
        return opening + switch (verdict) {
            case VIOLATION -> "pelanggaran menurut " + refs(rules) + ". Sanksi: " + sanctionType.labelId + "."
                    + (criminal.isEmpty() ? "" : " Ketentuan pidana dapat berlaku (" + refs(criminal) + "); teruskan ke Gakkumdu.");
            case PERMITTED -> "diperbolehkan menurut " + refs(rules) + ". " + rules.get(0).textId;
            case NEEDS_REVIEW -> "perlu kajian. " + questions.stream().map(Question::textId).collect(Collectors.joining(" "))
                    + (pending.isEmpty() ? "" : " Aturan yang mungkin berlaku: " + refs(pending) + ".");
        };
    }

    /** Why, in English; see {@link #explanationId()}. */
    public String explanationEn() {
        String opening = catalog.actLabelEn(facts.act()) + " by a " + facts.employmentType() + " employee on " + facts.occurredOn() + ", "
                + stage.phraseEn + " of " + facts.election().name + ": ";
        return opening + switch (verdict) {
            case VIOLATION -> "a violation under " + refs(rules) + ". Sanction: " + sanctionType.labelEn + "."
                    + (criminal.isEmpty() ? "" : " Criminal provisions may also apply (" + refs(criminal) + "); refer to Gakkumdu.");
            case PERMITTED -> "permitted under " + refs(rules) + ". " + rules.get(0).textEn;
            case NEEDS_REVIEW -> "needs review. " + questions.stream().map(Question::textEn).collect(Collectors.joining(" "))
                    + (pending.isEmpty() ? "" : " Rules that may apply: " + refs(pending) + ".");
        };
    }

    /** How these rules (from this classification's catalog version) are cited. */
    public List<Citation> citations(List<Rule> cited) {
        List<Citation> citations = new ArrayList<>(cited.size());
        for (Rule rule : cited) {
            citations.add(catalog.citation(rule));
        }
        return citations;
    }

    private String refs(List<Rule> cited) {
        StringJoiner joined = new StringJoiner("; ");
        citations(cited).forEach(c -> joined.add(c.reference()));
        return joined.toString();
    }
}
