package id.netral.rules.domain;

import java.util.List;
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

    public String explanationId() {
        Act act = catalog.act(facts.act());
        String opening = act.labelId + " oleh " + facts.employmentType() + " pada " + facts.occurredOn() + ", "
                + stage.phraseId + " dalam " + facts.election().name + ": ";
        return opening + switch (verdict) {
            case VIOLATION -> "pelanggaran menurut " + refs(rules) + ". Sanksi: " + sanctionDetailId()
                    + (criminal.isEmpty() ? "" : " Ketentuan pidana dapat berlaku (" + refs(criminal) + "); teruskan ke Gakkumdu.");
            case PERMITTED -> "diperbolehkan menurut " + refs(rules) + ". " + rules.get(0).textId;
            case NEEDS_REVIEW -> "perlu kajian. " + questions.stream().map(Question::textId).collect(Collectors.joining(" "))
                    + (pending.isEmpty() ? "" : " Aturan yang mungkin berlaku: " + refs(pending) + ".");
        };
    }

    public String explanationEn() {
        Act act = catalog.act(facts.act());
        String opening = act.labelEn + " by a " + facts.employmentType() + " employee on " + facts.occurredOn() + ", "
                + stage.phraseEn + " of " + facts.election().name + ": ";
        return opening + switch (verdict) {
            case VIOLATION -> "a violation under " + refs(rules) + ". Sanction: " + sanctionDetailEn()
                    + (criminal.isEmpty() ? "" : " Criminal provisions may also apply (" + refs(criminal) + "); refer to Gakkumdu.");
            case PERMITTED -> "permitted under " + refs(rules) + ". " + rules.get(0).textEn;
            case NEEDS_REVIEW -> "needs review. " + questions.stream().map(Question::textEn).collect(Collectors.joining(" "))
                    + (pending.isEmpty() ? "" : " Rules that may apply: " + refs(pending) + ".");
        };
    }

    private String refs(List<Rule> cited) {
        return cited.stream().map(r -> catalog.sourceName(r.sourceCode) + " " + r.article + " (" + r.code + ")")
                .collect(Collectors.joining("; "));
    }
}
