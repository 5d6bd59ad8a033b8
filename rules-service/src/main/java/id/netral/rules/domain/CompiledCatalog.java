package id.netral.rules.domain;

import id.netral.common.domain.SanctionType;
import id.netral.common.i18n.LocalizedText;
import id.netral.common.domain.EmploymentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One catalog version, immutable and indexed by act, plus the labels and sanction texts the
 * classifier's explanation needs (the acts and tier texts given are the ones this version knows). Built once per version and shared by all requests.
 */
public final class CompiledCatalog {
    private static final CompiledRule[] NONE = new CompiledRule[0];

    public final int version;
    /** How this version reads the timeline; version 1 keeps the coarse reading so its answers never change. */
    public final StageModel stageModel;
    /** Acts before this day are not judged by this version; null: no limit. */
    public final LocalDate coversFrom;
    /** Whether prohibitions without a sanction alone ask which sanction applies instead of calling a violation (version 3 on). */
    public final boolean violationNeedsSanction;
    private final List<Rule> rules;
    private final Map<String, CompiledRule[]> byAct;
    private final Map<String, LocalizedText> actLabels;
    private final Map<Rule, Citation> citations;
    private final Map<SanctionType, Map<EmploymentType, SanctionTier>> tiers;
    private final List<SanctionTier> tierList;
    private final List<Act> acts;
    /** Explanations by their shape, each as the text before and after the act's day (see {@link Explanation}). */
    private final Map<Object, String[]> explanations = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Shapes are as many as the catalog's acts, employment types, stages and verdicts combine to (a
     * few thousand): the bound only keeps a surprise from growing the heap; past it, explanations are
     * built each time.
     */
    private static final int EXPLANATIONS_KEPT = 20_000;

    public CompiledCatalog(int version, StageModel stageModel, LocalDate coversFrom, boolean violationNeedsSanction, List<Rule> rules, List<Act> acts,
            List<LegalSource> sources, List<SanctionTier> tiers) {
        this.version = version;
        this.stageModel = stageModel;
        this.coversFrom = coversFrom;
        this.violationNeedsSanction = violationNeedsSanction;
        this.rules = rules.stream().sorted(java.util.Comparator.comparing((Rule r) -> r.code)).toList();
        Map<String, List<CompiledRule>> index = new HashMap<>();
        for (Rule rule : rules) {
            CompiledRule compiled = new CompiledRule(rule);
            for (String act : rule.acts) {
                index.computeIfAbsent(act, a -> new ArrayList<>()).add(compiled);
            }
        }
        this.byAct = new HashMap<>();
        index.forEach((act, list) -> byAct.put(act, list.toArray(NONE)));
        this.actLabels = new HashMap<>();
        acts.forEach(a -> this.actLabels.put(a.code, a.label));
        Map<String, String> sourceNames = new HashMap<>();
        sources.forEach(s -> sourceNames.put(s.code, s.shortName));
        // Keyed by the rule object itself: a version holds each rule once.
        this.citations = new IdentityHashMap<>();
        rules.forEach(r -> citations.put(r, Citation.of(r, sourceNames.getOrDefault(r.sourceCode, r.sourceCode))));
        this.tierList = List.copyOf(tiers);
        this.acts = List.copyOf(acts);
        this.tiers = new EnumMap<>(SanctionType.class);
        for (SanctionTier tier : tiers) {
            this.tiers.computeIfAbsent(tier.sanctionType, t -> new EnumMap<>(EmploymentType.class)).put(tier.employmentType, tier);
        }
    }

    /** Every rule of this version, by code. */
    public List<Rule> rules() {
        return rules;
    }

    /** The tier texts this version uses, one per tier and employment type. */
    public List<SanctionTier> tiers() {
        return tierList;
    }

    /** The acts this version knows. */
    public List<Act> acts() {
        return acts;
    }

    public CompiledRule[] rulesFor(String act) {
        return byAct.getOrDefault(act, NONE);
    }

    public boolean knowsAct(String act) {
        return actLabels.containsKey(act);
    }

    /** The act's label; the code itself for an unknown act. */
    public LocalizedText actLabel(String code) {
        LocalizedText label = actLabels.get(code);
        return label == null ? LocalizedText.of(code, code) : label;
    }

    /** How a rule of this version is cited; the classifier only ever cites rules of its own version. */
    public Citation citation(Rule rule) {
        return citations.get(rule);
    }

    /** The explanation of this shape, rendered once per catalog version. */
    String[] explanation(Object shape, java.util.function.Supplier<String[]> render) {
        String[] parts = explanations.get(shape);
        if (parts == null) {
            parts = render.get();
            if (explanations.size() < EXPLANATIONS_KEPT) {
                explanations.putIfAbsent(shape, parts);
            }
        }
        return parts;
    }

    /** The meaning of a tier for this kind of employee; null when the tier table lacks it. */
    public SanctionTier tier(SanctionType type, EmploymentType employmentType) {
        Map<EmploymentType, SanctionTier> byType = tiers.get(type);
        return byType == null ? null : byType.get(employmentType);
    }
}
