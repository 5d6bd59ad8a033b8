package id.netral.cases.domain;

import id.netral.common.store.IdempotentRequest;
import id.netral.common.i18n.Messages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.common.domain.ElectionType;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.security.Roles;
import id.netral.common.error.NetralException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One case: a finding or a public report about one person and one act, with what the roster and
 * the rules said about it at intake. Its region (the reported person's) decides who sees it,
 * together with the region it was filed in; {@link #version} is its ETag. JSON values that are
 * only ever replaced, never changed in place (records, the rules answer), are marked immutable, so
 * that Hibernate neither copies them (by JSON or Java serialisation) for every loaded case nor
 * compares the copies at flush; lists that steps append to keep the usual copy.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tracking_code")
    public String trackingCode;

    @Enumerated(EnumType.STRING)
    public CaseSource source;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public Resolution resolution;

    public String election;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_type")
    public ElectionType electionType;

    public String act;

    /** The optional classification facts as reported (participation, partisanSymbols, …). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ActFacts facts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Parties.Reporter reporter;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Parties.Reported reported;

    /** The roster key of the reported person once resolved. */
    @Column(name = "employee_key")
    public String employeeKey;

    @Column(name = "agency_code")
    public String agencyCode;

    /** The reported person's region (from the roster); null until resolved. */
    @Column(name = "region_code")
    public String regionCode;

    /** The region of whoever filed the case. */
    @Column(name = "intake_region")
    public String intakeRegion;

    /** The zone local dates are computed in: the case's region's, or the intake region's until resolved. */
    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    /** The act's local date in {@link #timeZone}: what the rules judge. */
    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "known_at")
    public OffsetDateTime knownAt;

    public String place;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> witnesses = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Parties.Evidence> evidence = new ArrayList<>();

    /** The reported post's address in one spelling, for linking duplicates. */
    @Column(name = "post_url")
    public String postUrl;

    /** The rules answer as given; null while pending. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ObjectNode classification;

    @Column(name = "catalog_version")
    public Integer catalogVersion;

    /** Formal requirements still missing (INCOMPLETE). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> missing = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseDeadline> deadlines = new ArrayList<>();

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    /** The Idempotency-Key it was filed under, if any. */
    @Embedded
    public IdempotentRequest idempotency;

    @Column(name = "resolve_attempts")
    public int resolveAttempts;

    @Column(name = "next_resolve_at")
    public OffsetDateTime nextResolveAt;

    /** Where Bawaslu forwarded the case: KASN before 24 Aug 2024, BKN from then on. */
    @Column(name = "forwarded_to")
    public String forwardedTo;

    /** The day (in the case's region) Bawaslu forwarded it, which decided KASN or BKN. */
    @Column(name = "forwarded_on")
    public LocalDate forwardedOn;

    @Column(name = "review_extended")
    public boolean reviewExtended;

    /** The PPK or a relative runs in the election: the PPK may not decide; {@link #decider} does. */
    @Column(name = "ppk_conflicted")
    public boolean ppkConflicted;

    /** Who decides instead of a conflicted PPK, from roster when BKN recommends; null otherwise. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Verdicts.Decider decider;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Verdicts.Recommendation recommendation;

    /** BKN's measures after a PPK did not follow its recommendation, oldest first; replaced, never changed in place. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Verdicts.Measure> measures = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Verdicts.Decision decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Verdicts.Execution execution;

    /** The clock of the step the case is in, and its due date (a local date in {@link #timeZone}); null when none runs. */
    @Column(name = "due_code")
    public String dueCode;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** The running clock's due date has passed (set by the deadline sweeper, cleared when the clock changes). */
    public boolean overdue;

    @Column(name = "overdue_for")
    public LocalDate overdueFor;

    @Column(name = "warned_for")
    public LocalDate warnedFor;

    /** The hash of the case's last audit event: a chain cut short is detected against it. */
    @Column(name = "audit_head")
    public String auditHead;

    /**
     * The ETag. Intake writes a case once, with its first audit event's hash already in place, at
     * version 1 (as when it was written and then updated with that hash); a new instance starts at
     * 1 so that Hibernate takes it as unsaved and writes that number.
     */
    @Version
    public int version = 1;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_role")
    public String createdRole;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The deadline rule whose clock runs while a case is in a status (none after the PPK's escalation or decision). */
    static String clockOf(CaseStatus status) {
        return switch (status) {
            case INCOMPLETE -> "FORMAL_COMPLETION";
            case REGISTERED, UNDER_REVIEW -> "BAWASLU_REVIEW";
            case FORWARDED -> "TASK_FORCE_VERIFICATION";
            case RECOMMENDED -> "PPK_DECISION";
            default -> null;
        };
    }

    /** The role whose step the running clock waits for: Bawaslu's review, BKN's (or KASN's) verification, the PPK's decision. */
    public static String responsibleFor(CaseStatus status) {
        return switch (status) {
            case INCOMPLETE, REGISTERED, UNDER_REVIEW -> Roles.BAWASLU;
            case FORWARDED -> Roles.BKN;
            case RECOMMENDED -> Roles.PPK;
            default -> null;
        };
    }

    /** Keeps the running clock in step with the status and the deadlines, whoever changed them. */
    @PrePersist
    @PreUpdate
    void followClock() {
        dueCode = clockOf(status);
        dueOn = dueCode == null ? null : deadlines.stream().filter(d -> d.code().equals(dueCode)).map(CaseDeadline::dueOn)
                .reduce((first, last) -> last).orElse(null);
        overdue = dueOn != null && dueOn.equals(overdueFor);
    }

    /**
     * A case the caller may know of: its region or the region it was filed in lies in the caller's
     * scope. Filed elsewhere about someone outside the caller's region, it is known only by its
     * {@link #inScope summary}: a portal may pass on a report about anyone, not read the case.
     */
    public static Optional<CaseFile> known(UUID id, RegionCode scope) {
        return CaseFile.<CaseFile>findByIdOptional(id).filter(c -> knownTo(c, scope));
    }

    /** The case, when it lies in the caller's scope ({@link #inScope}); 404 otherwise, so that its existence does not leak. */
    public static CaseFile require(UUID id, RegionCode scope) {
        return CaseFile.<CaseFile>findByIdOptional(id).filter(c -> inScope(c, scope))
                .orElseThrow(() -> NetralException.notFound(Messages.text("case.CaseFile.case"), id));
    }

    /**
     * As {@link #require}, holding the case's row until the transaction ends: a step, an upload and the
     * deadline sweeper (which skips locked rows) never write one case at once. A step that waited reads
     * the case as the other left it, so its If-Match fails cleanly (412) instead of colliding in the audit chain.
     */
    public static CaseFile requireForUpdate(UUID id, RegionCode scope) {
        return Optional.ofNullable(CaseFile.<CaseFile>findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .filter(c -> inScope(c, scope))
                .orElseThrow(() -> NetralException.notFound(Messages.text("case.CaseFile.case"), id));
    }

    public static boolean knownTo(CaseFile c, RegionCode scope) {
        return scope.covers(c.intakeRegion) || c.regionCode != null && scope.covers(c.regionCode);
    }

    /** Whole access: the case's region (the reported person's) is the caller's, or, until the roster answered, the intake region. */
    public static boolean inScope(CaseFile c, RegionCode scope) {
        return scope.covers(c.regionCode != null ? c.regionCode : c.intakeRegion);
    }

    public static Optional<CaseFile> byTrackingCode(String code) {
        return find("trackingCode", code).firstResultOptional();
    }

    public static Optional<CaseStatus> statusOf(UUID id) {
        return CaseFile.<CaseFile>findByIdOptional(id).map(c -> c.status);
    }

    public static Optional<CaseFile> byIdempotencyKey(IdempotencyKey key) {
        return find(IdempotentRequest.UNDER_KEY, key.owner(), key.key()).firstResultOptional();
    }

    /**
     * The open statuses written into the query rather than bound as a list: Hibernate translates a
     * query with a list parameter to SQL again at every execution (7 % of case-service's CPU under
     * intake load, bench/HISTORY.md 2026-12-05), and one without it once.
     */
    private static final String OPEN_ABOUT = "postUrl = ?1 and employeeKey = ?2 and duplicateOf is null and status in ("
            + CaseStatus.OPEN.stream().sorted().map(s -> CaseStatus.class.getName() + "." + s.name()).collect(Collectors.joining(", "))
            + ") order by createdAt";

    /** The open case about this post and person that a new report repeats, if any. */
    public static Optional<CaseFile> openAbout(String postUrl, String employeeKey) {
        // at most one row, filtered on status by PostgreSQL: loading every earlier case about the post cost intake a seventh of its CPU.
        // Asked in the middle of a step that has changed the case already (COMPLETE): flushing that change first, and again at
        // commit, moved the case's version (its ETag) by two for one step; the case asking is left out of the answer anyway.
        return CaseFile.<CaseFile>find(OPEN_ABOUT, postUrl, employeeKey)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }


    /** Cases in the caller's scope matching the filters (each optional), newest first. */
    /** How a search is ordered: newest first, or by the running step's due date (the nearest first, cases without one last). */
    public enum SearchOrder { NEWEST, DUE }

    public static PanacheQuery<CaseFile> search(RegionCode scope, CaseStatus status, String act, String region, String agency,
            String election, Boolean overdue, SearchOrder order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.isNational()) {
            where.append(" and (intakeRegion = :scope or intakeRegion like :scopePrefix"
                    + " or regionCode = :scope or regionCode like :scopePrefix)");
            params.and("scope", scope.value()).and("scopePrefix", scope.value() + ".%");
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (act != null) {
            where.append(" and act = :act");
            params.and("act", act);
        }
        if (region != null) {
            where.append(" and (regionCode = :region or regionCode like :regionPrefix)");
            params.and("region", region).and("regionPrefix", region + ".%");
        }
        if (agency != null) {
            where.append(" and agencyCode = :agency");
            params.and("agency", agency);
        }
        if (election != null) {
            where.append(" and election = :election");
            params.and("election", election);
        }
        if (overdue != null) {
            where.append(" and overdue = :overdue");
            params.and("overdue", overdue);
        }
        Sort sort = order == SearchOrder.DUE
                ? Sort.by("dueOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("createdAt").and("id")
                : Sort.descending("createdAt").and("id");
        return find(where.toString(), sort, params);
    }

    /** The clock of that step running on the case (the latest, when it was started again), if any. */
    public Optional<CaseDeadline> deadline(String code) {
        return deadlines.stream().filter(d -> d.code().equals(code)).reduce((first, last) -> last);
    }
}
