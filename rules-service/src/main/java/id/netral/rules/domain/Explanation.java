package id.netral.rules.domain;

import id.netral.common.i18n.Language;
import id.netral.common.i18n.LocalizedText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explanation of an answer under a catalog that reads the whole timeline: where the act fell,
 * the verdict and its grounds, the sanction and its basis, any referral to Gakkumdu (never a
 * verdict), the notes of the cited rules and every disputed reading the answer rests on.
 */
final class Explanation {
    private final Classification c;
    private final Language language;
    private final StringBuilder text = new StringBuilder(320);

    private Explanation(Classification c, Language language) {
        this.c = c;
        this.language = language;
    }

    static String of(Classification c, Language language) {
        return new Explanation(c, language).render();
    }

    private String render() {
        Facts facts = c.facts();
        say(c.catalog().actLabel(facts.act()));
        say(" oleh " + facts.employmentType() + " pada ", " by a " + facts.employmentType() + " employee on ");
        text.append(facts.occurredOn()).append(", ");
        if (c.stage() == null) {
            say("ketika calon sebagian kontestasi " + facts.election().name + " sudah ditetapkan dan sebagian belum",
                    "when the candidates of some contests of " + facts.election().name + " were set and others not yet");
        } else {
            say(c.stage().phrase);
            if (facts.election() != null) {
                text.append(" (").append(facts.election().name).append(')');
            }
        }
        if (facts.contest() != null) {
            say(", kontestasi " + facts.contest(), ", contest " + facts.contest());
        }
        text.append(": ");
        switch (c.verdict()) {
            case VIOLATION -> violation();
            case PERMITTED -> {
                say("diperbolehkan menurut ", "permitted under ");
                text.append(c.refs(c.rules())).append(". ");
                say(c.rules().get(0).text);
            }
            case NEEDS_REVIEW -> {
                say("perlu kajian.", "needs review.");
                c.questions().forEach(q -> text.append(' ').append(q.text().in(language)));
                if (!c.pending().isEmpty()) {
                    say(" Aturan yang mungkin berlaku: ", " Rules that may apply: ");
                    text.append(c.refs(c.pending())).append('.');
                }
            }
        }
        notesAndDisputes();
        return text.toString();
    }

    private void violation() {
        if (c.conductRules().isEmpty()) {
            say("pelanggaran menurut ", "a violation under ");
            text.append(c.refs(c.rules())).append(". ");
        } else {
            say("bagi ASN perbuatan yang sama adalah pelanggaran menurut ", "for ASN the same conduct is a violation under ");
            text.append(c.refs(c.conductRules())).append(". ");
            say("Pegawai non-ASN tidak terikat aturan itu, melainkan oleh perjanjian kerja dan surat edaran instansinya (",
                    "Non-ASN staff are not bound by those rules but by their employment contract and the agency's circulars (");
            text.append(c.refs(c.rules())).append("). ");
        }
        say("Sanksi: ", "Sanction: ");
        say(c.sanctionType().label);
        String basis = basis();
        if (basis != null) {
            text.append(" (").append(basis).append(')');
        }
        text.append('.');
        if (!c.criminal().isEmpty()) {
            say(" Dapat dirujuk ke Gakkumdu untuk dikaji menurut ", " May be referred to Gakkumdu for review under ");
            text.append(c.refs(c.criminal()));
            say(": ini rujukan, bukan putusan; pertanggungjawaban pidana diputus Gakkumdu dan pengadilan.",
                    ": a referral, not a verdict; criminal liability is for Gakkumdu and the courts to decide.");
        }
        if (!c.questions().isEmpty()) {
            say(" Perlu tidaknya rujukan ke Gakkumdu (", " Whether a referral to Gakkumdu fits (");
            text.append(c.refs(c.pending()));
            say(") bergantung pada:", ") depends on:");
            c.questions().forEach(q -> text.append(' ').append(q.text().in(language)));
        }
    }

    /** PNS: the points of PP 94/2021 the cited rules apply; others: the basis of their own tier. */
    private String basis() {
        Set<String> bases = new LinkedHashSet<>();
        for (Citation citation : c.citations(c.rules())) {
            String basis = c.basisOf(citation);
            if (basis != null) {
                bases.add(basis);
            }
        }
        if (bases.isEmpty()) {
            SanctionTier tier = c.sanctionTier();
            return tier == null ? null : tier.basis;
        }
        return String.join("; ", bases);
    }

    private void notesAndDisputes() {
        Set<String> said = new LinkedHashSet<>();
        for (List<Rule> cited : List.of(c.rules(), c.conductRules(), c.criminal(), c.pending())) {
            for (Citation citation : c.citations(cited)) {
                if (citation.note() != null && said.add(citation.note().in(language))) {
                    text.append(' ').append(citation.note().in(language));
                }
            }
        }
        for (List<Rule> cited : List.of(c.rules(), c.conductRules(), c.criminal(), c.pending())) {
            for (Citation citation : c.citations(cited)) {
                if (citation.disputed() && said.add(citation.disputeNote().in(language))) {
                    say(" Pembacaan yang diperdebatkan (" + citation.code() + "): ", " Disputed reading (" + citation.code() + "): ");
                    text.append(citation.disputeNote().in(language));
                }
            }
        }
        SanctionTier tier = c.sanctionTier();
        if (tier != null && tier.disputed) {
            say(" Dasar sanksi diperdebatkan: ", " Disputed basis of the sanction: ");
            text.append(tier.disputeNote.in(language));
        }
    }

    private void say(LocalizedText words) {
        text.append(words.in(language));
    }

    private void say(String indonesian, String english) {
        text.append(language == Language.ENGLISH ? english : indonesian);
    }
}
