package id.netral.rules.domain;

import id.netral.common.i18n.Messages;
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
        say(Messages.text("rules.Explanation.by-a-employee-on", facts.employmentType()));
        text.append(facts.occurredOn()).append(", ");
        if (c.stage() == null && facts.election() == null) {
            say(Messages.text("rules.Explanation.while-several-elections-ran"));
        } else if (c.stage() == null) {
            say(Messages.text("rules.Explanation.when-the-candidates-of-some-contests", facts.election().name));
        } else {
            say(c.stage().phrase);
            if (facts.election() != null) {
                text.append(" (").append(facts.election().name).append(')');
            }
        }
        if (facts.contest() != null) {
            say(Messages.text("rules.Explanation.contest", facts.contest()));
        }
        text.append(": ");
        switch (c.verdict()) {
            case VIOLATION -> violation();
            case PERMITTED -> {
                say(Messages.text("rules.Explanation.permitted-under"));
                text.append(c.refs(c.rules())).append(". ");
                say(c.rules().get(0).text);
            }
            case NEEDS_REVIEW -> {
                say(Messages.text("rules.Explanation.needs-review"));
                c.questions().forEach(q -> text.append(' ').append(q.text().in(language)));
                if (!c.pending().isEmpty()) {
                    say(Messages.text("rules.Explanation.rules-that-may-apply"));
                    text.append(c.refs(c.pending())).append('.');
                }
            }
        }
        notesAndDisputes();
        return text.toString();
    }

    private void violation() {
        if (c.conductRules().isEmpty()) {
            say(Messages.text("rules.Explanation.a-violation-under"));
            text.append(c.refs(c.rules())).append(". ");
        } else {
            say(Messages.text("rules.Explanation.for-asn-the-same-conduct-is"));
            text.append(c.refs(c.conductRules())).append(". ");
            say(Messages.text("rules.Explanation.non-asn-staff-are-not-bound"));
            text.append(c.refs(c.rules())).append("). ");
        }
        say(Messages.text("rules.Explanation.sanction"));
        say(c.sanctionType().label);
        String basis = basis();
        if (basis != null) {
            text.append(" (").append(basis).append(')');
        }
        text.append('.');
        if (!c.criminal().isEmpty()) {
            say(Messages.text("rules.Explanation.may-be-referred-to-gakkumdu-for"));
            text.append(c.refs(c.criminal()));
            say(Messages.text("rules.Explanation.a-referral-not-a-verdict-criminal"));
        }
        if (!c.questions().isEmpty()) {
            say(Messages.text("rules.Explanation.whether-a-referral-to-gakkumdu-fits"));
            text.append(c.refs(c.pending()));
            say(Messages.text("rules.Explanation.depends-on"));
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
                    say(Messages.text("rules.Explanation.disputed-reading", citation.code()));
                    text.append(citation.disputeNote().in(language));
                }
            }
        }
        SanctionTier tier = c.sanctionTier();
        if (tier != null && tier.disputed) {
            say(Messages.text("rules.Explanation.disputed-basis-of-the-sanction"));
            text.append(tier.disputeNote.in(language));
        }
    }

    private void say(LocalizedText words) {
        text.append(words.in(language));
    }
}
