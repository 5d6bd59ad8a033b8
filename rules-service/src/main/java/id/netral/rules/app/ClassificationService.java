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
        // An act no election spans is judged outside elections only by a catalog with rules for that (party membership).
        boolean outsideElections = catalog.stageModel == StageModel.FULL && catalog.judgesOutsideElections(observation.act());
        // Before the catalog's first day (the SKB of 22 Sep 2022) no version judges the act: the answer says so
        // (NEEDS_REVIEW) instead of refusing the date because no election of the calendar spans it.
        boolean beforeCatalog = catalog.stageModel == StageModel.FULL && catalog.coversFrom != null
                && observation.occurredOn().isBefore(catalog.coversFrom);
        Election election = elections.resolve(observation.election(), observation.occurredOn(), observation.regionCode(), scope,
                outsideElections || beforeCatalog);
        Contest contest = observation.contest();
        if (contest != null && !beforeCatalog && (election == null || election.candidatesSetOn(contest) == null)) {
            List<String> held = election == null ? List.of() : election.contests.stream().map(c -> c.contest().name()).toList();
            throw election == null
                    ? NetralException.unprocessable("contest", Messages.text("rules.ClassificationService.no-election-spans-so-there-is", observation.occurredOn()))
                    : NetralException.unprocessable("contest", Messages.text("rules.ClassificationService.election-holds-no-contest-it-holds", election.code, contest, held));
        }
        Facts facts = new Facts(observation.employmentType(), observation.act(), observation.occurredOn(), election,
                observation.relation() == null ? CandidateRelation.NONE : observation.relation(), observation.participation(),
                observation.partisanSymbols(), observation.onUnpaidLeave(), contest, observation.official(),
                observation.officialDuty());
        return Classifier.classify(facts, catalog);
    }
}
