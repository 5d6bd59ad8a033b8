package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the facts of one act into a verdict by evaluating the catalog's rules for that act. The
 * outcome of the rules that certainly apply is compared with the outcome each uncertain rule
 * (one that depends on a missing fact) would produce: if any would change the verdict or the
 * sanction tier, the answer is NEEDS_REVIEW with the deciding questions, never a guess.
 * Pure and allocation-light: it runs per request and in benchmarks without a database.
 */
public final class Classifier {

    private Classifier() {
    }

    public static Classification classify(Facts facts, CompiledCatalog catalog) {
        Stage stage = facts.stage();
        long day = facts.occurredOn().toEpochDay();
        Outcome certain = Outcome.EMPTY;
        List<Rule> matched = new ArrayList<>(4);
        List<CompiledRule> uncertain = null;
        int[] missingOf = null;
        CompiledRule[] candidates = catalog.rulesFor(facts.act());
        for (CompiledRule candidate : candidates) {
            int result = candidate.match(facts, stage, day);
            if (result == CompiledRule.MATCH) {
                matched.add(candidate.rule);
                certain = certain.plus(candidate.rule);
            } else if (result > 0) {
                if (uncertain == null) {
                    uncertain = new ArrayList<>(4);
                    missingOf = new int[candidates.length];
                }
                missingOf[uncertain.size()] = result;
                uncertain.add(candidate);
            }
        }

        int decidingFacts = 0;
        List<Rule> pending = List.of();
        if (uncertain != null) {
            pending = new ArrayList<>(uncertain.size());
            for (int i = 0; i < uncertain.size(); i++) {
                Rule rule = uncertain.get(i).rule;
                if (!certain.plus(rule).sameAs(certain)) {
                    decidingFacts |= missingOf[i];
                    pending.add(rule);
                }
            }
        }
        if (decidingFacts != 0) {
            List<Classification.Question> questions = new ArrayList<>(2);
            for (Fact fact : Fact.values()) {
                if ((decidingFacts & fact.bit) != 0) {
                    questions.add(new Classification.Question(fact.field, fact.question));
                }
            }
            return new Classification(facts, Verdict.NEEDS_REVIEW, SanctionType.NONE, rulesOf(matched, RuleKind.PROHIBITION),
                    List.of(), pending, questions, stage, catalog);
        }

        Verdict verdict = certain.verdict();
        return switch (verdict) {
            case VIOLATION -> new Classification(facts, verdict, certain.heaviest, rulesOf(matched, RuleKind.PROHIBITION),
                    rulesOf(matched, RuleKind.CRIMINAL), List.of(), List.of(), stage, catalog);
            case PERMITTED -> new Classification(facts, verdict, SanctionType.NONE, rulesOf(matched, RuleKind.PERMISSION),
                    List.of(), List.of(), List.of(), stage, catalog);
            case NEEDS_REVIEW -> certain.review
                    ? new Classification(facts, verdict, SanctionType.NONE, rulesOf(matched, RuleKind.REVIEW), List.of(), List.of(),
                            rulesOf(matched, RuleKind.REVIEW).stream()
                                    .map(r -> new Classification.Question(null, r.question)).toList(),
                            stage, catalog)
                    : new Classification(facts, verdict, SanctionType.NONE, List.of(), List.of(), List.of(),
                            List.of(noRule(facts, stage, catalog)), stage, catalog);
        };
    }

    private static Classification.Question noRule(Facts facts, Stage stage, CompiledCatalog catalog) {
        return new Classification.Question(null, LocalizedText.of(
                "Tidak ada aturan dalam katalog versi " + catalog.version + " untuk " + facts.act() + " pada tahap " + stage
                        + "; satuan tugas bersama memutuskan.",
                "No rule of catalog version " + catalog.version + " covers " + facts.act() + " at stage " + stage
                        + "; the joint task force decides."));
    }

    private static List<Rule> rulesOf(List<Rule> matched, RuleKind kind) {
        List<Rule> selected = new ArrayList<>(matched.size());
        for (Rule rule : matched) {
            if (rule.kind == kind) {
                selected.add(rule);
            }
        }
        return selected;
    }

    /** The verdict-relevant summary of a set of rules; criminal rules do not change it. */
    private record Outcome(boolean prohibited, SanctionType heaviest, boolean review, boolean permitted) {
        static final Outcome EMPTY = new Outcome(false, SanctionType.NONE, false, false);

        Outcome plus(Rule rule) {
            return switch (rule.kind) {
                case PROHIBITION -> new Outcome(true, heaviest.heavier(rule.sanctionType), review, permitted);
                case REVIEW -> new Outcome(prohibited, heaviest, true, permitted);
                case PERMISSION -> new Outcome(prohibited, heaviest, review, true);
                case CRIMINAL -> this;
            };
        }

        Verdict verdict() {
            if (prohibited) {
                return Verdict.VIOLATION;
            }
            return !review && permitted ? Verdict.PERMITTED : Verdict.NEEDS_REVIEW;
        }

        boolean sameAs(Outcome other) {
            return verdict() == other.verdict() && (verdict() != Verdict.VIOLATION || heaviest == other.heaviest);
        }
    }
}
