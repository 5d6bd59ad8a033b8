package id.netral.rules.api;

import id.netral.common.domain.ElectionType;
import id.netral.common.i18n.Language;
import id.netral.rules.domain.Act;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.CompiledRule;
import id.netral.rules.domain.Fact;
import id.netral.rules.domain.Rule;
import id.netral.rules.domain.Stage;
import id.netral.rules.domain.StageModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An act of the taxonomy as callers see it, with the optional facts the current catalog may ask about it. */
@Schema(name = "Act", example = Examples.ACT)
public record ActView(
        @Schema(description = "Stable code, the classifier's input", example = "SOCIAL_MEDIA_LIKE") String code,
        @Schema(example = "SOCIAL_MEDIA") String category,
        @Schema(description = "What the act is, in the language of Accept-Language") String label,
        @Schema(description = "The first catalog version that knows the act", example = "1") int sinceVersion,
        @Schema(description = "The optional request facts the current catalog may ask for this act, and when: a fact is "
                + "asked only when it is missing and the answer depends on it") List<FactView> facts) {

    /** An optional fact of the classification request and when the current catalog asks for it. */
    @Schema(name = "ActFact")
    public record FactView(
            @Schema(description = "The request field", example = "partisanSymbols") String field,
            @Schema(description = "The question asked when it is missing") String question,
            @Schema(description = "The rules of the current catalog whose application depends on it") List<String> rules,
            @Schema(description = "The stages in which those rules apply") List<Stage> stages,
            @Schema(description = "The kinds of election in which they apply; empty: both") List<ElectionType> electionTypes) {
    }

    static ActView of(Act act, CompiledCatalog catalog, Language language) {
        List<FactView> facts = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact == Fact.CONTEST) {
                continue;
            }
            List<String> rules = new ArrayList<>();
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            Set<ElectionType> types = EnumSet.noneOf(ElectionType.class);
            boolean anyType = false;
            for (CompiledRule compiled : catalog.rulesFor(act.code)) {
                Rule rule = compiled.rule;
                if (fact.conditions(rule)) {
                    rules.add(rule.code);
                    rule.stages.forEach(s -> stages.add(Stage.valueOf(s)));
                    anyType |= rule.electionTypes.isEmpty();
                    rule.electionTypes.forEach(t -> types.add(ElectionType.valueOf(t)));
                }
            }
            if (!rules.isEmpty()) {
                facts.add(new FactView(fact.field, fact.question.in(language), rules, List.copyOf(stages),
                        anyType ? List.of() : List.copyOf(types)));
            }
        }
        if (catalog.knowsAct(act.code) && catalog.stageModel == StageModel.FULL) {
            // any act: between two contests' determination dates the contest may decide the stage
            facts.add(new FactView(Fact.CONTEST.field, Fact.CONTEST.question.in(language), List.of(),
                    List.of(Stage.BEFORE_CANDIDATES_SET, Stage.CANDIDATES_SET), List.of(ElectionType.GENERAL)));
        }
        return new ActView(act.code, act.category, act.label.in(language), act.sinceVersion, facts);
    }
}
