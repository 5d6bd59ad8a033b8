package id.netral.rules.domain;

import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import java.util.List;

/**
 * A rule prepared for matching: its enum lists turned into bit masks and its dates into epoch
 * days, so that classifying an act costs a few integer comparisons per candidate rule.
 */
public final class CompiledRule {
    /** {@link #match} result when the rule does not apply. */
    public static final int NO_MATCH = -1;
    /** {@link #match} result when the rule applies; a positive result is the mask of missing facts. */
    public static final int MATCH = 0;

    public final Rule rule;
    private final int stages;
    private final int relations;
    private final int electionTypes;
    private final int employmentTypes;
    private final long from;
    private final long to;

    CompiledRule(Rule rule) {
        this.rule = rule;
        this.stages = mask(rule.stages, Stage.class);
        this.relations = mask(rule.relations, CandidateRelation.class);
        this.electionTypes = mask(rule.electionTypes, ElectionType.class);
        this.employmentTypes = mask(rule.employmentTypes, EmploymentType.class);
        this.from = rule.effectiveFrom.toEpochDay();
        this.to = rule.effectiveTo == null ? Long.MAX_VALUE : rule.effectiveTo.toEpochDay();
    }

    /**
     * {@link #NO_MATCH}, {@link #MATCH}, or the bit mask of the {@link Fact}s still needed. The
     * employment type is the one the rule is judged for (non-ASN conduct is judged as an ASN's).
     */
    public int match(Facts facts, EmploymentType employmentType, Stage stage, long day) {
        if (!in(stages, stage) || !in(relations, facts.relation()) || !in(electionTypes, facts.electionType())
                || !in(employmentTypes, employmentType) || day < from || day > to) {
            return NO_MATCH;
        }
        // per request: plain calls, no array, so the classifier allocates nothing here
        int a = condition(rule.participation, facts.participation(), Fact.PARTICIPATION);
        int b = condition(rule.partisanSymbols, facts.partisanSymbols(), Fact.PARTISAN_SYMBOLS);
        int c = condition(rule.onUnpaidLeave, facts.onUnpaidLeave(), Fact.ON_UNPAID_LEAVE);
        int d = condition(rule.official, facts.official(), Fact.OFFICIAL);
        int e = condition(rule.officialDuty, facts.officialDuty(), Fact.OFFICIAL_DUTY);
        return (a | b | c | d | e) < 0 ? NO_MATCH : a | b | c | d | e;
    }

    /** 0 when the rule does not care or the fact agrees, the fact's bit when it is unknown, -1 when it disagrees. */
    private static int condition(Object required, Object given, Fact fact) {
        if (required == null) {
            return 0;
        }
        if (given == null) {
            return fact.bit;
        }
        return required.equals(given) ? 0 : -1;
    }

    /** An empty mask admits anything; a missing value (no election, so no election type) only an empty mask. */
    private static boolean in(int mask, Enum<?> value) {
        return mask == 0 || value != null && (mask & (1 << value.ordinal())) != 0;
    }

    /** An empty list means "any" and becomes 0. */
    private static <E extends Enum<E>> int mask(List<String> names, Class<E> type) {
        int mask = 0;
        for (String name : names) {
            mask |= 1 << Enum.valueOf(type, name).ordinal();
        }
        return mask;
    }
}
