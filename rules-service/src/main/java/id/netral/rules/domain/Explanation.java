package id.netral.rules.domain;

import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.SanctionType;
import id.netral.common.i18n.Messages;
import id.netral.common.i18n.Language;
import id.netral.common.i18n.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The explanation of an answer under a catalog that reads the whole timeline: where the act fell,
 * the verdict and its grounds, the sanction and its basis, any referral to Gakkumdu (never a
 * verdict), the notes of the cited rules and every disputed reading the answer rests on.
 */
final class Explanation {
    // the fixed phrases, read from the bundles once: an explanation is built for every classification answered
    private static final LocalizedText WHILE_SEVERAL_ELECTIONS_RAN = Messages.text("rules.Explanation.while-several-elections-ran");
    private static final LocalizedText PERMITTED_UNDER = Messages.text("rules.Explanation.permitted-under");
    private static final LocalizedText NEEDS_REVIEW = Messages.text("rules.Explanation.needs-review");
    private static final LocalizedText RULES_THAT_MAY_APPLY = Messages.text("rules.Explanation.rules-that-may-apply");
    private static final LocalizedText A_VIOLATION_UNDER = Messages.text("rules.Explanation.a-violation-under");
    private static final LocalizedText FOR_ASN_THE_SAME_CONDUCT_IS = Messages.text("rules.Explanation.for-asn-the-same-conduct-is");
    private static final LocalizedText NON_ASN_STAFF_ARE_NOT_BOUND = Messages.text("rules.Explanation.non-asn-staff-are-not-bound");
    private static final LocalizedText SANCTION = Messages.text("rules.Explanation.sanction");
    private static final LocalizedText MAY_BE_REFERRED = Messages.text("rules.Explanation.may-be-referred-to-gakkumdu-for");
    private static final LocalizedText A_REFERRAL_NOT_A_VERDICT = Messages.text("rules.Explanation.a-referral-not-a-verdict-criminal");
    private static final LocalizedText WHETHER_A_REFERRAL_FITS = Messages.text("rules.Explanation.whether-a-referral-to-gakkumdu-fits");
    private static final LocalizedText DEPENDS_ON = Messages.text("rules.Explanation.depends-on");
    private static final LocalizedText DISPUTED_BASIS = Messages.text("rules.Explanation.disputed-basis-of-the-sanction");
    private static final Map<EmploymentType, LocalizedText> BY_AN_EMPLOYEE_ON = new EnumMap<>(EmploymentType.class);

    static {
        for (EmploymentType type : EmploymentType.values()) {
            BY_AN_EMPLOYEE_ON.put(type, Messages.text("rules.Explanation.by-a-employee-on", type));
        }
    }

    private final Classification c;
    private final Language language;
    private final StringBuilder text = new StringBuilder(320);
    private List<String> said;

    private Explanation(Classification c, Language language) {
        this.c = c;
        this.language = language;
    }

    /**
     * The explanation. Everything in it but the act's day follows from the answer's shape (act,
     * employment type, election, contest, stage, verdict, tier, cited rules, questions), so each shape
     * is rendered once per catalog version and the day put in its place: rendering every time cost
     * classification with its explanation two thirds of its time (bench/HISTORY.md, 2026-12-05).
     */
    static String of(Classification c, Language language) {
        Facts facts = c.facts();
        Shape shape = new Shape(facts.act(), facts.employmentType(), facts.election(), facts.contest(), c.stage(), c.verdict(),
                c.sanctionType(), c.rules(), c.conductRules(), c.criminal(), c.pending(), c.questions(), language);
        return withDay(c.catalog().explanation(shape, () -> new Explanation(c, language).render()), facts.occurredOn());
    }

    /** The explanation rendered afresh, without the shapes the catalog keeps: what {@link #of} must always give. */
    static String rendered(Classification c, Language language) {
        return withDay(new Explanation(c, language).render(), c.facts().occurredOn());
    }

    /**
     * The two parts with the day between them as ISO writes it (2024-10-30, as LocalDate.toString does for
     * the years an act can fall in), in one concatenation: no string of the day is built on the way.
     */
    private static String withDay(String[] parts, LocalDate day) {
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            return parts[0] + day + parts[1];
        }
        int month = day.getMonthValue();
        int date = day.getDayOfMonth();
        return parts[0] + year + (month < 10 ? "-0" : "-") + month + (date < 10 ? "-0" : "-") + date + parts[1];
    }

    /** What an explanation's words depend on, all but the day. */
    private record Shape(String act, EmploymentType employmentType, Election election, Contest contest, Stage stage, Verdict verdict,
            SanctionType sanctionType, List<Rule> rules, List<Rule> conductRules, List<Rule> criminal, List<Rule> pending,
            List<Classification.Question> questions, Language language) {
    }

    /** The text before the day and the text after it. */
    private String[] render() {
        Facts facts = c.facts();
        say(c.catalog().actLabel(facts.act()));
        say(BY_AN_EMPLOYEE_ON.get(facts.employmentType()));
        int day = text.length();
        text.append(", ");
        if (c.stage() == null && facts.election() == null) {
            say(WHILE_SEVERAL_ELECTIONS_RAN);
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
                say(PERMITTED_UNDER);
                refs(c.rules());
                text.append(". ");
                say(c.rules().get(0).text);
            }
            case NEEDS_REVIEW -> {
                say(NEEDS_REVIEW);
                c.questions().forEach(q -> text.append(' ').append(q.text().in(language)));
                if (!c.pending().isEmpty()) {
                    say(RULES_THAT_MAY_APPLY);
                    refs(c.pending());
                    text.append('.');
                }
            }
        }
        notesAndDisputes();
        return new String[] {text.substring(0, day), text.substring(day)};
    }

    private void violation() {
        if (c.conductRules().isEmpty()) {
            say(A_VIOLATION_UNDER);
            refs(c.rules());
            text.append(". ");
        } else {
            say(FOR_ASN_THE_SAME_CONDUCT_IS);
            refs(c.conductRules());
            text.append(". ");
            say(NON_ASN_STAFF_ARE_NOT_BOUND);
            refs(c.rules());
            text.append("). ");
        }
        say(SANCTION);
        say(c.sanctionType().label);
        String basis = basis();
        if (basis != null) {
            text.append(" (").append(basis).append(')');
        }
        text.append('.');
        if (!c.criminal().isEmpty()) {
            say(MAY_BE_REFERRED);
            refs(c.criminal());
            say(A_REFERRAL_NOT_A_VERDICT);
        }
        if (!c.questions().isEmpty()) {
            say(WHETHER_A_REFERRAL_FITS);
            refs(c.pending());
            say(DEPENDS_ON);
            c.questions().forEach(q -> text.append(' ').append(q.text().in(language)));
        }
    }

    /** PNS: the points of PP 94/2021 the cited rules apply; others: the basis of their own tier. */
    private String basis() {
        List<String> bases = new ArrayList<>(2);
        for (Rule rule : c.rules()) {
            String basis = c.basisOf(c.catalog().citation(rule));
            if (basis != null && !bases.contains(basis)) {
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
        List<List<Rule>> cited = List.of(c.rules(), c.conductRules(), c.criminal(), c.pending());
        for (List<Rule> rules : cited) {
            for (Rule rule : rules) {
                Citation citation = c.catalog().citation(rule);
                if (citation.note() != null && firstTime(citation.note().in(language))) {
                    text.append(' ').append(citation.note().in(language));
                }
            }
        }
        for (List<Rule> rules : cited) {
            for (Rule rule : rules) {
                Citation citation = c.catalog().citation(rule);
                if (citation.disputed() && firstTime(citation.disputeNote().in(language))) {
                    say(Messages.text("rules.Explanation.disputed-reading", citation.code()));
                    text.append(citation.disputeNote().in(language));
                }
            }
        }
        SanctionTier tier = c.sanctionTier();
        if (tier != null && tier.disputed) {
            say(DISPUTED_BASIS);
            text.append(tier.disputeNote.in(language));
        }
    }

    /** Whether these words are not in the explanation yet (a note shared by two cited rules is said once). */
    private boolean firstTime(String words) {
        if (said == null) {
            said = new ArrayList<>(2);
        } else if (said.contains(words)) {
            return false;
        }
        return said.add(words);
    }

    /** How the rules are cited, one after another: "SKB 2022 ... (SKB22-D6); ...". */
    private void refs(List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(c.catalog().citation(rules.get(i)).reference());
        }
    }

    private void say(LocalizedText words) {
        text.append(words.in(language));
    }
}
