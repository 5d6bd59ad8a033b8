package id.netral.cases.app;

import id.netral.common.store.IdempotentRequest;
import id.netral.common.i18n.Messages;
import id.netral.common.audit.HashChain;
import id.netral.common.events.EventPayload;
import id.netral.cases.domain.ActFacts;
import id.netral.cases.domain.AuditTrail;
import id.netral.cases.domain.CaseDeadline;
import id.netral.cases.domain.CaseEvent;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.CaseSource;
import id.netral.cases.domain.CaseStatus;
import id.netral.cases.domain.FormalCheck;
import id.netral.cases.store.EvidenceFiles;
import id.netral.cases.domain.Takedown;
import id.netral.cases.domain.Deadlines;
import id.netral.cases.domain.EvidenceKind;
import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.domain.Parties;
import id.netral.cases.domain.Report;
import id.netral.cases.domain.Resolution;
import id.netral.cases.domain.TrackingCodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.cases.client.Neighbours;
import id.netral.common.client.RosterClient;
import id.netral.cases.client.RulesClient;
import id.netral.cases.config.CaseConfig;
import id.netral.common.domain.ElectionType;
import id.netral.common.jobs.Backoff;
import id.netral.common.domain.PostUrl;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Takes in findings and public reports. It asks the roster who the reported person is (region,
 * agency and PPK come from there, never from the caller) and the rules what the act is (recording
 * the catalog version), lists the formal requirements still missing, starts the legal clocks in the
 * case's time zone, links a repeat of an open case's post to it, and writes the case, its first
 * audit event and its outbox events in one transaction. The neighbours are asked outside any
 * transaction; when one is down the case is stored as {@link Resolution#PENDING} and
 * {@link #retryResolution} completes it later.
 */
@ApplicationScoped
public class Intake {
    /** The longest wait between two tries of a case filed while a neighbour was down. */
    private static final Duration RESOLVE_WAIT_MAX = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(Intake.class);

    @Inject
    Neighbours neighbours;

    @Inject
    Deadlines deadlines;

    @Inject
    AuditTrail audit;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    ObjectMapper json;

    @Inject
    CaseConfig config;

    /** The stored case, and whether it was stored by an earlier request with the same Idempotency-Key. */
    public record Outcome(CaseFile file, boolean replayed) {
    }

    /** What the neighbours said: the person (null when the roster does not know them) and the rules answer. */
    public record Resolved(Parties.Person person, ObjectNode classification, ElectionType electionType) {
    }

    /**
     * Files a report. An Idempotency-Key is the caller's own ({@link IdempotencyKey}): the same key
     * from another caller is another key, so a replay never hands one caller what another filed.
     */
    public Outcome submit(Report report, HashChain.Actor actor, RegionCode scope, IdempotencyKey idempotencyKey, String requestSha256) {
        if (Roles.PORTAL.equals(actor.role()) && report.source() == CaseSource.FINDING) {
            throw NetralException.forbidden(Messages.text("case.Intake.a-portal-files-public-reports-public"));
        }
        if (idempotencyKey != null) {
            Optional<Outcome> earlier = replay(idempotencyKey, requestSha256);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CaseFile c = draft(report, actor, scope, now);
        c.idempotency = IdempotentRequest.of(idempotencyKey, requestSha256);
        try {
            apply(c, ask(c), now, true);
            c.resolution = Resolution.RESOLVED;
        } catch (Neighbours.Unavailable | FaultToleranceException down) {
            LOG.warnf("Case %s stored with its resolution pending: %s", c.trackingCode, down.getMessage());
            c.resolution = Resolution.PENDING;
            c.nextResolveAt = now.plus(config.resolveRetryEvery());
            c.missing = FormalCheck.missing(c, false, false);
            c.status = c.missing.isEmpty() ? CaseStatus.REGISTERED : CaseStatus.INCOMPLETE;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> store(c, actor, now));
        } catch (PersistenceException raced) {
            // another request with the same key stored first
            if (idempotencyKey != null) {
                return replay(idempotencyKey, requestSha256).orElseThrow(() -> raced);
            }
            throw raced;
        }
        return new Outcome(c, false);
    }

    /**
     * Completes one case stored while a neighbour was down, leased by the retry job: the case is
     * read, the neighbours are asked outside any transaction, and their answer is written only if
     * the case did not change meanwhile (otherwise the lease runs out and a later pass asks again).
     * True when the case is now resolved.
     */
    public boolean retryResolution(UUID id) {
        CaseFile read = QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile>findById(id));
        if (read == null || read.resolution != Resolution.PENDING) {
            return false;
        }
        Resolved answer;
        try {
            answer = ask(read);
        } catch (Neighbours.Unavailable | FaultToleranceException stillDown) {
            QuarkusTransaction.requiringNew().run(() -> backOff(id, read.version));
            return false;
        } catch (NetralException refused) {
            // the rules refused what was filed (an unknown act or election): the case needs a person to complete it
            answer = null;
        }
        Resolved resolved = answer;
        return QuarkusTransaction.requiringNew().call(() -> {
            CaseFile c = CaseFile.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (c == null || c.resolution != Resolution.PENDING || c.version != read.version) {
                return false;
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            ObjectNode before = audit.snapshot(c);
            if (resolved == null) {
                c.missing = merged(c.missing, List.of("act"));
                c.status = CaseStatus.INCOMPLETE;
            } else {
                apply(c, resolved, now, false);
            }
            c.resolution = Resolution.RESOLVED;
            c.nextResolveAt = null;
            c.updatedAt = now;
            audit.append(c, new HashChain.Actor("case-service", Roles.SERVICE), "RESOLVED", before, audit.snapshot(c));
            emitIntakeEvents(c, now);
            return true;
        });
    }

    /** A neighbour is still down: the next try waits longer, doubling from netral.cases.resolve-retry-every up to an hour. */
    private void backOff(UUID id, int readVersion) {
        CaseFile c = CaseFile.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.resolution != Resolution.PENDING || c.version != readVersion) {
            return;
        }
        c.resolveAttempts++;
        // the first try waited resolve-retry-every once already, so the n-th failure waits it doubled n times
        Duration every = config.resolveRetryEvery();
        Backoff backoff = new Backoff(every, every.compareTo(RESOLVE_WAIT_MAX) > 0 ? every : RESOLVE_WAIT_MAX);
        c.nextResolveAt = OffsetDateTime.now(ZoneOffset.UTC).plus(backoff.after(c.resolveAttempts + 1));
    }

    /** COMPLETE: writes the neighbours' answer to the items supplied, then reruns the formal check and the clocks. */
    public void complete(CaseFile c, Resolved answer, OffsetDateTime now) {
        apply(c, answer, now, false);
    }

    /** SUPPLY_FACTS: the classifier's answer to the facts now known, under the catalog version the case was classified with. */
    public void reclassify(CaseFile c, Resolved answer) {
        if (answer.classification() != null) {
            c.classification = answer.classification();
            c.catalogVersion = answer.classification().path("catalogVersion").asInt();
            String election = answer.classification().path("election").asText(null);
            if (c.election == null && election != null) {
                // an act in the overlap of two elections, placed now by its contest: its clocks follow that election
                c.election = election;
                c.electionType = answer.electionType();
            }
        }
    }

    private Optional<Outcome> replay(IdempotencyKey idempotencyKey, String requestSha256) {
        return QuarkusTransaction.requiringNew().call(() -> CaseFile.byIdempotencyKey(idempotencyKey)).map(first -> {
            if (!first.idempotency.sameBody(requestSha256)) {
                throw NetralException.conflict(Messages.text("case.Intake.you-used-idempotency-key-for-another", idempotencyKey.key()));
            }
            return new Outcome(first, true);
        });
    }

    private CaseFile draft(Report r, HashChain.Actor actor, RegionCode scope, OffsetDateTime now) {
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.trackingCode = TrackingCodes.next();
        c.source = r.source();
        c.election = r.election();
        c.act = r.act();
        c.facts = r.facts() == null ? ActFacts.NONE : r.facts();
        c.reporter = r.reporter();
        c.reported = r.reported();
        c.intakeRegion = scope.value();
        c.timeZone = scope.timeZone().getId();
        c.occurredAt = r.occurredAt();
        c.knownAt = r.knownAt() != null ? r.knownAt() : r.occurredAt();
        c.place = r.place();
        c.description = r.description();
        c.witnesses = r.witnesses() == null ? new ArrayList<>() : new ArrayList<>(r.witnesses());
        c.evidence = new ArrayList<>();
        if (r.evidence() != null) {
            for (Parties.Evidence e : r.evidence()) {
                c.evidence.add(new Parties.Evidence(e.kind(), e.url(), e.sha256(), e.capturedAt(), actor.subject(), now));
            }
        }
        c.postUrl = c.evidence.stream().filter(e -> e.kind() == EvidenceKind.URL).map(e -> PostUrl.normalise(e.url()))
                .filter(Objects::nonNull).findFirst().orElse(null);
        c.occurredOn = c.occurredAt == null ? null : c.occurredAt.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate();
        c.auditHead = HashChain.GENESIS;
        c.createdAt = now;
        c.updatedAt = now;
        c.createdBy = actor.subject();
        c.createdRole = actor.role();
        return c;
    }

    /**
     * Asks the roster who the reported person is and the rules what the act is, as the case now
     * reads; throws {@link Neighbours.Unavailable} when one cannot answer. Network calls: never
     * inside a transaction.
     */
    public Resolved ask(CaseFile c) {
        Parties.Person person = person(c.reported).orElse(null);
        if (person == null || c.occurredAt == null) {
            return new Resolved(person, null, null);
        }
        LocalDate occurredOn = c.occurredAt.atZoneSameInstant(RegionCode.of(person.regionCode()).timeZone()).toLocalDate();
        ActFacts f = c.facts;
        ObjectNode answer = neighbours.classify(new RulesClient.Request(person.employmentType().name(), c.act, occurredOn, c.election,
                person.regionCode(), f.participation(), f.relationToCandidate(), f.partisanSymbols(), f.onUnpaidLeave(), f.contest(),
                f.official(), f.officialDuty(), c.catalogVersion));
        String election = answer.path("election").asText(null);
        ElectionType type = election == null ? null : neighbours.electionType(election).orElse(null);
        return new Resolved(person, answer, type);
    }

    private Optional<Parties.Person> person(Parties.Reported who) {
        Optional<RosterClient.Person> found;
        if (who.nip() != null) {
            found = neighbours.employee(who.nip());
        } else if (who.employeeKey() != null) {
            found = neighbours.employee(who.employeeKey());
        } else if (who.accountUrl() != null) {
            found = neighbours.accountOwner(who.accountUrl());
        } else if (who.name() != null && who.agencyCode() != null) {
            found = neighbours.employeeNamed(who.agencyCode(), who.name());
        } else {
            return Optional.empty();
        }
        return found.map(p -> {
            RosterClient.Agency agency = neighbours.agency(p.agencyCode()).orElse(null);
            return new Parties.Person(p.rosterKey(), p.nip(), p.name(), p.employmentType(), p.agencyCode(),
                    agency == null ? null : agency.name(), p.unitCode(), p.position(), p.regionCode(),
                    agency == null || agency.ppk() == null ? null : agency.ppk().name(),
                    agency == null || agency.ppk() == null ? null : agency.ppk().office());
        });
    }

    /** Writes what the neighbours said onto the case, then its formal state, clocks and duplicate link. */
    private void apply(CaseFile c, Resolved resolved, OffsetDateTime now, boolean atIntake) {
        Parties.Person person = resolved.person();
        c.reported = c.reported.withPerson(person);
        if (person != null) {
            c.employeeKey = person.employeeKey();
            c.agencyCode = person.agencyCode();
            c.regionCode = person.regionCode();
            c.timeZone = RegionCode.of(person.regionCode()).timeZone().getId();
            c.occurredOn = c.occurredAt == null ? null : c.occurredAt.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate();
        }
        if (resolved.classification() != null) {
            c.classification = resolved.classification();
            c.catalogVersion = resolved.classification().path("catalogVersion").asInt();
            c.election = resolved.classification().path("election").asText(c.election);
            c.electionType = resolved.electionType();
        }
        // files are uploaded to a case that exists: a report at intake has none yet
        c.missing = FormalCheck.missing(c, true, !atIntake && evidenceFiles.any(c.id));
        LocalDate today = now.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate();
        c.deadlines = new ArrayList<>();
        if (c.electionType != null && c.source == CaseSource.PUBLIC_REPORT && c.knownAt != null) {
            LocalDate knownOn = c.knownAt.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate();
            Optional<CaseDeadline> filing = deadlines.start("REPORT_FILING", c.electionType, knownOn);
            filing.ifPresent(c.deadlines::add);
            LocalDate filedOn = c.createdAt.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate();
            if (atIntake && filing.isPresent() && filedOn.isAfter(filing.get().dueOn())) {
                throw NetralException.unprocessable("knownAt", Messages.text("case.Intake.the-report-is-filed-after-the", filing.get().dueOn(), filing.get().days()));
            }
        }
        c.status = c.missing.isEmpty() ? CaseStatus.REGISTERED : CaseStatus.INCOMPLETE;
        if (c.electionType != null) {
            deadlines.start(c.status == CaseStatus.REGISTERED ? "BAWASLU_REVIEW" : "FORMAL_COMPLETION", c.electionType, today)
                    .ifPresent(c.deadlines::add);
        }
        if (c.postUrl != null && c.employeeKey != null) {
            QuarkusTransaction.joiningExisting().call(() -> CaseFile.openAbout(c.postUrl, c.employeeKey))
                    .filter(open -> !open.id.equals(c.id)).ifPresent(open -> {
                        c.duplicateOf = open.id;
                        c.status = CaseStatus.DUPLICATE;
                    });
        }
    }

    private void store(CaseFile c, HashChain.Actor actor, OffsetDateTime now) {
        CaseEvent intake = audit.first(c, actor, "INTAKE", audit.snapshot(c));
        c.persist();
        intake.persist();
        if (c.resolution == Resolution.RESOLVED) {
            emitIntakeEvents(c, now);
        }
    }

    /** case.registered once a case is registered; takedown.requested for social-media content the ASN can take down (Takedown). */
    private void emitIntakeEvents(CaseFile c, OffsetDateTime now) {
        if (c.status == CaseStatus.REGISTERED) {
            String verdict = c.classification == null ? null : c.classification.path("verdict").asText(null);
            OutboxEvent.about(c, new EventPayload.CaseRegistered(c.id, c.status.name(), c.act, c.election, verdict), json, now).persist();
            if (Takedown.asked(c.act) && c.employeeKey != null) {
                String post = c.evidence.stream().filter(e -> e.kind() == EvidenceKind.URL).findFirst().map(Parties.Evidence::url)
                        .orElse(null);
                boolean own = Takedown.ownContent(c.act);
                OutboxEvent.about(c, new EventPayload.TakedownRequested(c.id, c.employeeKey, post, null, own ? Boolean.TRUE : null), json,
                        now).persist();
            }
        }
    }

    private static List<String> merged(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }
}
