package id.netral.rules.app;

import id.netral.common.i18n.Messages;
import id.netral.rules.domain.CandidateRelation;
import id.netral.rules.domain.Classification;
import id.netral.rules.domain.Classifier;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.Contest;
import id.netral.rules.domain.Election;
import id.netral.rules.domain.Facts;
import id.netral.rules.domain.Observation;
import id.netral.rules.domain.StageModel;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Resolves what an observation leaves implicit (election, catalog version) and runs the classifier. */
@ApplicationScoped
public class ClassificationService {

    @Inject
    CatalogService catalogs;

    @Inject
    ElectionService elections;

    public Classification classify(Observation observation, RegionCode scope) {
        CompiledCatalog catalog;
        try {
            catalog = observation.catalogVersion() == null ? catalogs.current() : catalogs.version(observation.catalogVersion());
        } catch (NetralException e) {
            throw NetralException.unprocessable("catalogVersion", Messages.text("rules.ClassificationService.unknown-catalog-version", observation.catalogVersion()));
        }
        if (!catalog.knowsAct(observation.act())) {
            throw NetralException.unprocessable("act", Messages.text("rules.ClassificationService.unknown-act-for-catalog-version-see", observation.act(), catalog.version));
        }
        // Before the catalog's first day (the SKB of 22 Sep 2022) no version judges the act: the answer says so
        // (NEEDS_REVIEW) instead of refusing the date because no election of the calendar spans it.
        boolean full = catalog.stageModel == StageModel.FULL;
        boolean beforeCatalog = full && catalog.coversFrom != null && observation.occurredOn().isBefore(catalog.coversFrom);
        Contest contest = observation.contest();
        List<Election> candidates = observation.election() != null
                ? List.of(elections.named(observation.election(), scope))
                : elections.spanning(observation.occurredOn(), observation.regionCode(), scope);
        if (candidates.size() > 1 && contest != null) {
            // where elections overlap, the contest the act concerns names its election
            List<Election> holding = candidates.stream().filter(e -> e.candidatesSetOn(contest) != null).toList();
            candidates = holding.isEmpty() ? candidates : holding;
        }
        if (candidates.isEmpty() && !full) {
            // version 1 reads no stage outside elections: the caller must place the act
            throw NetralException.unprocessable("election", Messages.text("rules.ElectionService.no-election-in-the-calendar-spans",
                    observation.occurredOn()));
        }
        Election election = candidates.size() == 1 ? candidates.get(0) : null;
        if (contest != null && !beforeCatalog && candidates.size() <= 1 && (election == null || election.candidatesSetOn(contest) == null)) {
            List<String> held = election == null ? List.of() : election.contests.stream().map(c -> c.contest().name()).toList();
            throw election == null
                    ? NetralException.unprocessable("contest", Messages.text("rules.ClassificationService.no-election-spans-so-there-is", observation.occurredOn()))
                    : NetralException.unprocessable("contest", Messages.text("rules.ClassificationService.election-holds-no-contest-it-holds", election.code, contest, held));
        }
        Facts facts = new Facts(observation.employmentType(), observation.act(), observation.occurredOn(), election,
                observation.relation() == null ? CandidateRelation.NONE : observation.relation(), observation.participation(),
                observation.partisanSymbols(), observation.onUnpaidLeave(), contest, observation.official(),
                observation.officialDuty());
        if (candidates.size() > 1 && !beforeCatalog) {
            // elections overlap on that day and neither the election nor a contest decides: ask, never guess
            return Classifier.amongElections(facts, candidates, catalog);
        }
        return Classifier.classify(facts, catalog);
    }
}
