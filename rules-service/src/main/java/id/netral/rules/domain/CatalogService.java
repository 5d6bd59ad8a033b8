package id.netral.rules.domain;

import id.netral.common.error.FieldError;
import id.netral.common.error.NetralException;
import id.netral.rules.config.RulesConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the versioned catalog: compiles each version once and caches it (versions never change),
 * keeps track of the current one across replicas, and creates a new version from an admin's change.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    RulesConfig config;

    private final Map<Integer, CompiledCatalog> compiled = new ConcurrentHashMap<>();
    private volatile int current;
    private volatile long currentCheckedAt;

    /** The newest version, re-read from the database at most once per refresh interval. */
    public CompiledCatalog current() {
        long now = System.nanoTime();
        if (current == 0 || now - currentCheckedAt > config.refreshInterval().toNanos()) {
            current = QuarkusTransaction.requiringNew().call(CatalogVersion::current);
            currentCheckedAt = now;
        }
        return version(current);
    }

    /** A given version; 404 when it does not exist. */
    public CompiledCatalog version(int version) {
        CompiledCatalog catalog = compiled.get(version);
        if (catalog == null) {
            catalog = QuarkusTransaction.requiringNew().call(() -> load(version));
            compiled.putIfAbsent(version, catalog);
        }
        return catalog;
    }

    private static CompiledCatalog load(int version) {
        if (CatalogVersion.findById(version) == null) {
            throw NetralException.notFound("Catalog version", version);
        }
        return new CompiledCatalog(version, Rule.ofVersion(version), Act.listAll(), LegalSource.listAll(), SanctionTier.listAll());
    }

    /** An admin's change: rules to add or replace, rule codes to retire. */
    public record Change(int basedOn, String note, List<Rule> upsert, List<String> retire) {
    }

    /**
     * Writes version {@code basedOn + 1} as a copy of {@code basedOn} with the change applied. A
     * change based on an older version is refused (409): the admin must look at what changed first.
     */
    @Transactional
    public CatalogVersion createVersion(Change change, String author) {
        int latest = CatalogVersion.current();
        if (change.basedOn() != latest) {
            throw NetralException.conflict("The catalog is at version " + latest + ", not " + change.basedOn()
                    + "; review the newer version and base your change on it");
        }
        if (change.upsert().isEmpty() && change.retire().isEmpty()) {
            throw NetralException.unprocessable("upsert", "The change neither adds, replaces nor retires a rule");
        }
        int next = latest + 1;
        Map<String, Rule> rules = new LinkedHashMap<>();
        Rule.ofVersion(latest).forEach(rule -> rules.put(rule.code, rule.copyTo(next)));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < change.retire().size(); i++) {
            if (rules.remove(change.retire().get(i)) == null) {
                errors.add(new FieldError("retire[" + i + "]", "no rule '" + change.retire().get(i) + "' in version " + latest));
            }
        }
        Set<String> acts = new HashSet<>();
        Act.<Act>listAll().forEach(a -> acts.add(a.code));
        for (int i = 0; i < change.upsert().size(); i++) {
            Rule rule = change.upsert().get(i);
            validateReferences(rule, "upsert[" + i + "]", acts, errors);
            rule.version = next;
            rules.put(rule.code, rule);
        }
        if (!errors.isEmpty()) {
            throw new NetralException(NetralException.Kind.UNPROCESSABLE, "The change refers to things that do not exist", errors);
        }
        CatalogVersion version = new CatalogVersion();
        version.version = next;
        version.basedOn = latest;
        version.note = change.note();
        version.createdBy = author;
        version.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            version.persistAndFlush();
        } catch (PersistenceException raced) {
            throw NetralException.conflict("Another change created version " + next + " first; base yours on it");
        }
        rules.values().forEach(rule -> rule.persist());
        current = 0;
        return version;
    }

    private static void validateReferences(Rule rule, String path, Set<String> acts, List<FieldError> errors) {
        for (int i = 0; i < rule.acts.size(); i++) {
            if (!acts.contains(rule.acts.get(i))) {
                errors.add(new FieldError(path + ".acts[" + i + "]", "unknown act '" + rule.acts.get(i) + "'"));
            }
        }
        if (LegalSource.findById(rule.sourceCode) == null) {
            errors.add(new FieldError(path + ".source", "unknown legal source '" + rule.sourceCode + "'"));
        }
        if (rule.effectiveTo != null && rule.effectiveTo.isBefore(rule.effectiveFrom)) {
            errors.add(new FieldError(path + ".effectiveTo", "must not be before effectiveFrom"));
        }
        if (rule.disputed && isBlank(rule.disputeNote)) {
            errors.add(new FieldError(path + ".disputeNote", "a disputed rule must say why"));
        }
        if (rule.kind == RuleKind.REVIEW && (isBlank(rule.questionId) || isBlank(rule.questionEn))) {
            errors.add(new FieldError(path + ".questionEn", "a review rule must ask its question in both languages"));
        }
        if (rule.kind == RuleKind.CRIMINAL && isBlank(rule.maxPenalty)) {
            errors.add(new FieldError(path + ".maxPenalty", "a criminal rule must state the maximum penalty"));
        }
        if (rule.kind != RuleKind.PROHIBITION && rule.sanctionType != SanctionType.NONE) {
            errors.add(new FieldError(path + ".sanctionType", "only a prohibition carries a sanction"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
