package id.netral.rules.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.domain.SanctionType;
import id.netral.common.domain.EmploymentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns the facts of one act into a verdict by evaluating the catalog's rules for that act. The
 * outcome of the rules that certainly apply is compared with the outcome each uncertain rule
 * (one that depends on a missing fact) would produce: if any would change the verdict or the
 * sanction tier, the answer is NEEDS_REVIEW with the deciding questions, never a guess; a missing fact
 * that only decides a criminal referral is asked alongside a certain verdict. Version 1 reads the
 * timeline coarsely and keeps its answers; later versions read every stage, let the contest decide
 * between determination dates, judge non-ASN staff under their contract, and judge nothing before
 * the day they cover; from version 3 a violation names a sanction or is a question.
 * Pure and allocation-light: it runs per request and in benchmarks without a database.
 */
public final class Classifier {

    private Classifier() {
    }

    public static Classification classify(Facts facts, CompiledCatalog catalog) {
        if (catalog.stageModel == StageModel.COARSE) {
            return atStage(facts, facts.election().coarseStageOn(facts.occurredOn()), catalog);
        }
        LocalDate day = facts.occurredOn();
        Election election = facts.election();
        if (catalog.coversFrom != null && day.isBefore(catalog.coversFrom)) {
            return notCovered(facts, election == null ? Stage.OUTSIDE_ELECTION : election.stageOn(day, setOn(facts)), catalog);
        }
        if (election == null) {
            return atStage(facts, Stage.OUTSIDE_ELECTION, catalog);
        }
        if (facts.contest() != null || day.isBefore(election.firstCandidatesSetOn()) || !day.isBefore(election.candidatesSetOn)) {
            return atStage(facts, election.stageOn(day, setOn(facts)), catalog);
        }
        // Some contests' candidates are set and others' not yet: the contest decides, unless the answer is the same either way.
        Classification notYetSet = atStage(facts, Stage.BEFORE_CANDIDATES_SET, catalog);
        Classification set = atStage(facts, election.stageOn(day, election.firstCandidatesSetOn()), catalog);
        return notYetSet.sameAnswerAs(set) ? notYetSet : askContest(facts, notYetSet, set, catalog);
    }

    /** When the candidates the act concerns were set: the contest's day, or when every contest was set. */
    private static LocalDate setOn(Facts facts) {
        LocalDate contestDay = facts.contest() == null ? null : facts.election().candidatesSetOn(facts.contest());
        return contestDay == null ? facts.election().candidatesSetOn : contestDay;
    }

    private static Classification atStage(Facts facts, Stage stage, CompiledCatalog catalog) {
        long day = facts.occurredOn().toEpochDay();
        CompiledRule[] candidates = catalog.rulesFor(facts.act());
        Rule contract = contractFor(facts, stage, day, candidates);
        // Conduct is judged by the ASN rules; the employee's own type only decides contract and criminal rules.
        EmploymentType conduct = contract == null ? facts.employmentType() : EmploymentType.PNS;
        Outcome certain = Outcome.EMPTY;
        List<Rule> matched = new ArrayList<>(4);
        List<CompiledRule> uncertain = null;
        int[] missingOf = null;
        for (CompiledRule candidate : candidates) {
            RuleKind kind = candidate.rule.kind;
            if (kind == RuleKind.CONTRACT) {
                continue;
            }
            int result = candidate.match(facts, kind == RuleKind.CRIMINAL ? facts.employmentType() : conduct, stage, day);
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

        // A missing fact decides the verdict when a rule it gates would change verdict or tier, and
        // decides a referral when it gates a criminal rule; only the first makes the answer NEEDS_REVIEW.
        int decidingVerdict = 0;
        int decidingReferral = 0;
        List<Rule> pending = List.of();
        List<Rule> pendingReferrals = List.of();
        if (uncertain != null) {
            pending = new ArrayList<>(uncertain.size());
            pendingReferrals = new ArrayList<>(2);
            for (int i = 0; i < uncertain.size(); i++) {
                Rule rule = uncertain.get(i).rule;
                if (rule.kind == RuleKind.CRIMINAL) {
                    decidingReferral |= missingOf[i];
                    pendingReferrals.add(rule);
                } else if (!certain.plus(rule).sameAs(certain)) {
                    decidingVerdict |= missingOf[i];
                    pending.add(rule);
                }
            }
        }
        if (decidingVerdict != 0) {
            pending.addAll(pendingReferrals);
            return new Classification(facts, Verdict.NEEDS_REVIEW, SanctionType.NONE, rulesOf(matched, RuleKind.PROHIBITION),
                    List.of(), pending, questions(decidingVerdict | decidingReferral), stage, catalog, List.of());
        }

        Verdict verdict = certain.verdict();
        if (verdict == Verdict.VIOLATION && certain.heaviest == SanctionType.NONE && catalog.violationNeedsSanction) {
            // forbidden, but no rule found says with what: the officer decides the sanction, not a default of NONE
            List<Rule> referrals = new ArrayList<>(rulesOf(matched, RuleKind.CRIMINAL));
            referrals.addAll(pendingReferrals);
            List<Classification.Question> questions = new ArrayList<>();
            questions.add(new Classification.Question(null, Messages.text("rules.Classifier.forbidden-without-sanction",
                    codes(rulesOf(matched, RuleKind.PROHIBITION)))));
            questions.addAll(questions(decidingReferral));
            return new Classification(facts, Verdict.NEEDS_REVIEW, SanctionType.NONE, rulesOf(matched, RuleKind.PROHIBITION),
                    List.of(), referrals, questions, stage, catalog, List.of());
        }
        Classification asAsn = switch (verdict) {
            case VIOLATION -> new Classification(facts, verdict, certain.heaviest, rulesOf(matched, RuleKind.PROHIBITION),
                    rulesOf(matched, RuleKind.CRIMINAL), pendingReferrals, questions(decidingReferral), stage, catalog, List.of());
            case PERMITTED -> new Classification(facts, verdict, SanctionType.NONE, rulesOf(matched, RuleKind.PERMISSION),
                    List.of(), List.of(), List.of(), stage, catalog, List.of());
            case NEEDS_REVIEW -> certain.review
                    ? new Classification(facts, verdict, SanctionType.NONE, rulesOf(matched, RuleKind.REVIEW), List.of(), List.of(),
                            rulesOf(matched, RuleKind.REVIEW).stream()
                                    .map(r -> new Classification.Question(null, r.question)).toList(),
                            stage, catalog, List.of())
                    : new Classification(facts, verdict, SanctionType.NONE, List.of(), List.of(), List.of(),
                            List.of(noRule(facts, stage, catalog)), stage, catalog, List.of());
        };
        if (contract == null || verdict != Verdict.VIOLATION) {
            return asAsn;
        }
        // Under contract: the contract rule grounds the verdict; the ASN rules say what the conduct is.
        return new Classification(facts, verdict, contract.sanctionType, List.of(contract), asAsn.criminal(), asAsn.pending(),
                asAsn.questions(), stage, catalog, asAsn.rules());
    }

    /** The CONTRACT rule that binds this employee (non-ASN staff), or null when ASN rules bind them directly. */
    private static Rule contractFor(Facts facts, Stage stage, long day, CompiledRule[] candidates) {
        for (CompiledRule candidate : candidates) {
            if (candidate.rule.kind == RuleKind.CONTRACT
                    && candidate.match(facts, facts.employmentType(), stage, day) == CompiledRule.MATCH) {
                return candidate.rule;
            }
        }
        return null;
    }

    private static List<Classification.Question> questions(int facts) {
        if (facts == 0) {
            return List.of();
        }
        List<Classification.Question> questions = new ArrayList<>(2);
        for (Fact fact : Fact.values()) {
            if ((facts & fact.bit) != 0) {
                questions.add(new Classification.Question(fact.field, fact.question));
            }
        }
        return questions;
    }

    /**
     * Several elections span the act's day (one's results not yet final, the next one begun) and
     * neither the election nor a contest places it: NEEDS_REVIEW asking for the contest, with the
     * rules each election would apply. An act belongs to the election of the candidate it concerns.
     */
    public static Classification amongElections(Facts facts, List<Election> spanning, CompiledCatalog catalog) {
        List<Classification> answers = new ArrayList<>(spanning.size());
        StringJoiner running = new StringJoiner("; ");
        for (Election election : spanning) {
            answers.add(classify(facts.in(election), catalog));
            StringJoiner contests = new StringJoiner(", ");
            election.contests.forEach(c -> contests.add(c.contest().name()));
            running.add(election.code + " (" + contests + ")");
        }
        // a contest already given names no running election: ask which election, not for the contest again
        String field = facts.contest() == null ? Fact.CONTEST.field : null;
        return asking(facts.in(null), answers, new Classification.Question(field, Messages.text(
                "rules.Classifier.elections-overlap-on-the-day", Fact.CONTEST.question, facts.occurredOn(), running.toString())), catalog);
    }

    /** NEEDS_REVIEW for the contest: which rules may apply under either stage, and which contests were set when. */
    private static Classification askContest(Facts facts, Classification notYetSet, Classification set, CompiledCatalog catalog) {
        Election election = facts.election();
        LocalDate day = facts.occurredOn();
        return asking(facts, List.of(notYetSet, set), new Classification.Question(Fact.CONTEST.field, Messages.text(
                "rules.Classifier.candidates-set-on-the-day", Fact.CONTEST.question, day,
                dated(election, election.contestsSetBy(day, true)), dated(election, election.contestsSetBy(day, false)))), catalog);
    }

    /**
     * NEEDS_REVIEW with one deciding question, the answers it decides between (their rules, as rules
     * that may apply) and the other facts any of them asks for, each once.
     */
    private static Classification asking(Facts facts, List<Classification> answers, Classification.Question deciding,
            CompiledCatalog catalog) {
        Set<Rule> pending = new LinkedHashSet<>();
        List<Classification.Question> questions = new ArrayList<>();
        questions.add(deciding);
        Set<String> asked = new HashSet<>();
        if (deciding.field() != null) {
            asked.add(deciding.field());
        }
        for (Classification answer : answers) {
            pending.addAll(answer.rules());
            pending.addAll(answer.pending());
            for (Classification.Question q : answer.questions()) {
                if (q.field() != null && asked.add(q.field())) {
                    questions.add(q);
                }
            }
        }
        return new Classification(facts, Verdict.NEEDS_REVIEW, SanctionType.NONE, List.of(), List.of(), List.copyOf(pending),
                questions, null, catalog, List.of());
    }

    private static String dated(Election election, List<Contest> contests) {
        StringJoiner joined = new StringJoiner(", ");
        contests.forEach(c -> joined.add(c + " (" + election.candidatesSetOn(c) + ")"));
        return joined.toString();
    }

    /** Acts before the catalog's first day are judged by the rules then in force, which no catalog version holds. */
    private static Classification notCovered(Facts facts, Stage stage, CompiledCatalog catalog) {
        return new Classification(facts, Verdict.NEEDS_REVIEW, SanctionType.NONE, List.of(), List.of(), List.of(),
                List.of(new Classification.Question(null, Messages.text("rules.Classifier.no-catalog-covers-catalog-version-judges", facts.occurredOn(), catalog.version, catalog.coversFrom))),
                stage, catalog, List.of());
    }

    private static Classification.Question noRule(Facts facts, Stage stage, CompiledCatalog catalog) {
        return new Classification.Question(null, Messages.text("rules.Classifier.no-rule-of-catalog-version-covers", catalog.version, facts.act(), stage));
    }

    private static String codes(List<Rule> rules) {
        StringJoiner joined = new StringJoiner(", ");
        rules.forEach(r -> joined.add(r.code));
        return joined.toString();
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
                case CRIMINAL, CONTRACT -> this;
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
