package id.netral.rules.domain;

import id.netral.common.domain.SanctionType;
import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.LocalizedText;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the classifier reads, for one catalog version, as plain data: the rules (in their
 * one interchange form, {@link RuleDefinition}), act labels, source names, sanction tier texts and
 * the elections calendar. It lets the classifier run without a database (the exhaustive test, the
 * in-process benchmark) on exactly what the service serves: {@link #compile()} builds the same
 * {@link CompiledCatalog} the service builds from its tables.
 */
public record ReferenceSnapshot(int version, StageModel stageModel, LocalDate coversFrom, boolean violationNeedsSanction,
        List<RuleDefinition> rules,
        List<ActLabel> acts, List<SourceName> sources, List<TierDetail> tiers, List<ElectionDates> elections) {

    /** An act and its label. */
    public record ActLabel(String code, String category, LocalizedText label) {
    }

    /** How a source is cited. */
    public record SourceName(String code, String shortName) {
    }

    /** What a sanction tier means for one kind of employee. */
    public record TierDetail(SanctionType sanctionType, EmploymentType employmentType, LocalizedText detail, String basis,
            boolean disputed, LocalizedText disputeNote) {
    }

    /** An election's timeline. */
    public record ElectionDates(String code, String name, ElectionType type, LocalDate periodStart, LocalDate candidatesSetOn,
            LocalDate campaignStart, LocalDate campaignEnd, LocalDate voteOn, LocalDate periodEnd, List<String> regionCodes,
            List<ContestDate> contests) {

        Election toElection() {
            return Election.of(code, name, type, periodStart, candidatesSetOn, campaignStart, campaignEnd, voteOn, periodEnd,
                    regionCodes, contests);
        }
    }

    /** A catalog version and the built-in elections, as the database holds them now (within the caller's transaction). */
    public static ReferenceSnapshot read(int version) {
        CatalogVersion header = CatalogVersion.findById(version);
        return new ReferenceSnapshot(version, header.stageModel, header.coversFrom, header.violationNeedsSanction,
            Rule.ofVersion(version).stream().map(RuleDefinition::of).toList(),
            Act.knownTo(version).stream().map(a -> new ActLabel(a.code, a.category, a.label)).toList(),
            LegalSource.<LegalSource>listAll(Sort.by("code")).stream().map(s -> new SourceName(s.code, s.shortName)).toList(),
            SanctionTier.of(version).stream().map(t -> new TierDetail(t.sanctionType, t.employmentType, t.detail, t.basis,
                    t.disputed, t.disputeNote)).toList(),
            Election.<Election>list("builtIn", Sort.by("code"), true).stream().map(e -> new ElectionDates(e.code, e.name, e.type,
                    e.periodStart, e.candidatesSetOn, e.campaignStart, e.campaignEnd, e.voteOn, e.periodEnd,
                    e.regionCodes, List.copyOf(e.contests))).toList());
    }

    /** The catalog the classifier runs on, built as the service builds it. */
    public CompiledCatalog compile() {
        List<Rule> entities = rules.stream().map(definition -> {
            Rule rule = definition.toRule();
            rule.version = version;
            return rule;
        }).toList();
        List<Act> actEntities = acts.stream().map(a -> {
            Act act = new Act();
            act.code = a.code();
            act.category = a.category();
            act.label = a.label();
            return act;
        }).toList();
        List<LegalSource> sourceEntities = sources.stream().map(s -> {
            LegalSource source = new LegalSource();
            source.code = s.code();
            source.shortName = s.shortName();
            return source;
        }).toList();
        List<SanctionTier> tierEntities = tiers.stream().map(t -> {
            SanctionTier tier = new SanctionTier();
            tier.sanctionType = t.sanctionType();
            tier.employmentType = t.employmentType();
            tier.detail = t.detail();
            tier.basis = t.basis();
            tier.disputed = t.disputed();
            tier.disputeNote = t.disputeNote();
            return tier;
        }).toList();
        return new CompiledCatalog(version, stageModel, coversFrom, violationNeedsSanction, entities, actEntities, sourceEntities, tierEntities);
    }

    /** An election of the calendar, by code. */
    public Election election(String code) {
        return elections.stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The snapshot has no election " + code)).toElection();
    }
}
