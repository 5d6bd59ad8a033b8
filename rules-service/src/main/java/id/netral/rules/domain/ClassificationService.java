package id.netral.rules.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
            throw NetralException.unprocessable("catalogVersion", "Unknown catalog version " + observation.catalogVersion());
        }
        if (!catalog.knowsAct(observation.act())) {
            throw NetralException.unprocessable("act", "Unknown act '" + observation.act() + "'; see GET /api/v1/acts");
        }
        // An act no election spans is judged outside elections only by a catalog with rules for that (party membership).
        boolean outsideElections = catalog.stageModel == StageModel.FULL && catalog.judgesOutsideElections(observation.act());
        Election election = elections.resolve(observation.election(), observation.occurredOn(), observation.regionCode(), scope,
                outsideElections);
        Contest contest = observation.contest();
        if (contest != null && (election == null || election.candidatesSetOn(contest) == null)) {
            throw NetralException.unprocessable("contest", election == null
                    ? "No election spans " + observation.occurredOn() + ", so there is no contest to name"
                    : "Election '" + election.code + "' holds no " + contest + " contest; it holds "
                            + election.contests.stream().map(c -> c.contest().name()).toList());
        }
        Facts facts = new Facts(observation.employmentType(), observation.act(), observation.occurredOn(), election,
                observation.relation() == null ? CandidateRelation.NONE : observation.relation(), observation.participation(),
                observation.partisanSymbols(), observation.onUnpaidLeave(), contest, observation.official(),
                observation.officialDuty());
        return Classifier.classify(facts, catalog);
    }
}
