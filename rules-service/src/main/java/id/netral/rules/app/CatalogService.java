package id.netral.rules.app;

import id.netral.common.i18n.Messages;
import id.netral.rules.store.CatalogVersions;
import id.netral.rules.domain.Act;
import id.netral.rules.domain.CatalogVersion;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.LegalSource;
import id.netral.rules.domain.ReferenceSnapshot;
import id.netral.rules.domain.Rule;
import id.netral.rules.domain.RuleKind;
import id.netral.rules.domain.SanctionTier;
import id.netral.common.domain.SanctionType;
import id.netral.common.error.FieldProblem;
import id.netral.common.error.NetralException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Owns the versioned catalog: compiles each version once and keeps all of them in memory (versions
 * never change), follows the current one across replicas through {@link #reload()}, and creates a
 * new version from an admin's change. Reads never touch the database, so classification can run
 * on the event loop.
 */
@ApplicationScoped
public class CatalogService {

    /** Every version, compiled; versions never change, so a reload only compiles new ones. */
    private record Snapshot(int current, Map<Integer, CompiledCatalog> versions) {
    }

    private volatile Snapshot snapshot;

    @Inject
    CatalogVersions versions;

    /** A catalog version and the built-in elections as plain data, read in a transaction of its own. */
    public ReferenceSnapshot snapshot(int version) {
        return QuarkusTransaction.requiringNew().call(() -> ReferenceSnapshot.read(version));
    }

    /** The newest version. Never touches the database, so it may run on the event loop. */
    public CompiledCatalog current() {
        Snapshot s = snapshot();
        return s.versions().get(s.current());
    }

    /** A given version; 404 when it does not exist. */
    public CompiledCatalog version(int version) {
        CompiledCatalog catalog = snapshot().versions().get(version);
        if (catalog == null) {
            throw NetralException.notFound(Messages.text("rules.CatalogService.catalog-version"), version);
        }
        return catalog;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            reload();
            s = snapshot;
        }
        return s;
    }

    /** Picks up versions written by any replica; called at start-up, on a timer and after local changes. */
    public synchronized void reload() {
        Snapshot before = snapshot;
        snapshot = QuarkusTransaction.requiringNew().call(() -> {
            Map<Integer, CompiledCatalog> versions = new HashMap<>(before == null ? Map.of() : before.versions());
            List<CatalogVersion> all = CatalogVersion.listAll();
            for (CatalogVersion version : all) {
                if (!versions.containsKey(version.version)) {
                    versions.put(version.version, new CompiledCatalog(version.version, version.stageModel, version.coversFrom,
                            version.violationNeedsSanction,
                            Rule.ofVersion(version.version), Act.knownTo(version.version), LegalSource.listAll(),
                            SanctionTier.of(version.version)));
                }
            }
            return new Snapshot(all.stream().mapToInt(v -> v.version).max().orElse(0), Map.copyOf(versions));
        });
    }

    /** An admin's change: rules to add or replace, rule codes to retire. */
    public record Change(int basedOn, String note, List<Rule> upsert, List<String> retire) {
    }

    /**
     * Writes version {@code basedOn + 1} as a copy of {@code basedOn} with the change applied. A
     * change based on an older version is refused (409): the admin must look at what changed first.
     */
    public CatalogVersion createVersion(Change change, String author) {
        CatalogVersion created = QuarkusTransaction.requiringNew().call(() -> write(change, author));
        reload();
        return created;
    }

    private CatalogVersion write(Change change, String author) {
        int latest = versions.latest();
        if (change.basedOn() != latest) {
            throw NetralException.conflict(Messages.text("rules.CatalogService.the-catalog-is-at-version-not", latest, change.basedOn()));
        }
        if (change.upsert().isEmpty() && change.retire().isEmpty()) {
            throw NetralException.unprocessable("upsert", Messages.text("rules.CatalogService.the-change-neither-adds-replaces-nor"));
        }
        int next = latest + 1;
        Map<String, Rule> rules = new LinkedHashMap<>();
        Rule.ofVersion(latest).forEach(rule -> rules.put(rule.code, rule.copyTo(next)));
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < change.retire().size(); i++) {
            if (rules.remove(change.retire().get(i)) == null) {
                errors.add(FieldProblem.of("retire[" + i + "]", Messages.text("rules.CatalogService.no-rule-in-version", change.retire().get(i), latest)));
            }
        }
        Set<String> acts = new HashSet<>();
        Act.knownTo(next).forEach(a -> acts.add(a.code));
        for (int i = 0; i < change.upsert().size(); i++) {
            Rule rule = change.upsert().get(i);
            validateReferences(rule, "upsert[" + i + "]", acts, errors);
            rule.version = next;
            rules.put(rule.code, rule);
        }
        if (!errors.isEmpty()) {
            throw new NetralException(NetralException.Kind.UNPROCESSABLE, Messages.text("rules.CatalogService.the-change-refers-to-things-that"), errors);
        }
        CatalogVersion version = new CatalogVersion();
        version.version = next;
        version.basedOn = latest;
        version.note = change.note();
        version.createdBy = author;
        version.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        // a change edits rules, never how the timeline is read, which dates the catalog covers or what a violation needs
        CatalogVersion base = CatalogVersion.findById(latest);
        version.stageModel = base.stageModel;
        version.coversFrom = base.coversFrom;
        version.violationNeedsSanction = base.violationNeedsSanction;
        try {
            version.persistAndFlush();
        } catch (PersistenceException raced) {
            throw NetralException.conflict(Messages.text("rules.CatalogService.another-change-created-version-first-base", next));
        }
        rules.values().forEach(rule -> rule.persist());
        return version;
    }

    private static void validateReferences(Rule rule, String path, Set<String> acts, List<FieldProblem> errors) {
        for (int i = 0; i < rule.acts.size(); i++) {
            if (!acts.contains(rule.acts.get(i))) {
                errors.add(FieldProblem.of(path + ".acts[" + i + "]", Messages.text("rules.CatalogService.unknown-act", rule.acts.get(i))));
            }
        }
        if (LegalSource.findById(rule.sourceCode) == null) {
            errors.add(FieldProblem.of(path + ".source", Messages.text("rules.CatalogService.unknown-legal-source", rule.sourceCode)));
        }
        if (rule.effectiveTo != null && rule.effectiveTo.isBefore(rule.effectiveFrom)) {
            errors.add(FieldProblem.of(path + ".effectiveTo", Messages.text("rules.CatalogService.must-not-be-before-effectivefrom")));
        }
        if (rule.disputed && rule.disputeNote == null) {
            errors.add(FieldProblem.of(path + ".disputeNote", Messages.text("rules.CatalogService.a-disputed-rule-must-say-why")));
        }
        if (rule.kind == RuleKind.REVIEW && (rule.question == null || isBlank(rule.question.indonesian())
                || isBlank(rule.question.english()))) {
            errors.add(FieldProblem.of(path + ".question", Messages.text("rules.CatalogService.a-review-rule-must-ask-its")));
        }
        if (rule.kind == RuleKind.CRIMINAL && isBlank(rule.maxPenalty)) {
            errors.add(FieldProblem.of(path + ".maxPenalty", Messages.text("rules.CatalogService.a-criminal-rule-must-state-the")));
        }
        if (rule.kind != RuleKind.PROHIBITION && rule.kind != RuleKind.CONTRACT && rule.sanctionType != SanctionType.NONE) {
            errors.add(FieldProblem.of(path + ".sanctionType", Messages.text("rules.CatalogService.only-a-prohibition-or-a-contract")));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
