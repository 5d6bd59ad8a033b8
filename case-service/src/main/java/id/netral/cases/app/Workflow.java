package id.netral.cases.app;

import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;
import id.netral.common.audit.HashChain;
import id.netral.common.events.EventPayload;
import id.netral.common.domain.SanctionType;
import id.netral.cases.domain.BknMeasure;
import id.netral.cases.domain.ActFacts;
import id.netral.cases.domain.AuditTrail;
import id.netral.cases.domain.CaseAction;
import id.netral.cases.domain.CaseDeadline;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.CaseStatus;
import id.netral.cases.domain.HandlingChain;
import id.netral.cases.domain.Deadlines;
import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.domain.Parties;
import id.netral.cases.domain.Transition;
import id.netral.cases.domain.Verdicts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.cases.client.Neighbours;
import id.netral.common.client.RosterClient;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.common.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The handling chain after intake (DOMAIN "The handling chain"): Bawaslu completes, reviews,
 * dismisses or forwards; BKN (KASN before 24 Aug 2024) recommends and escalates; the PPK of the
 * person's agency decides; that agency's BKPP records the execution. Each step checks, in this
 * order, the ETag (412, or 428 without one), the role (403), the agency for PPK and BKPP (403) and
 * the state (409, naming the steps open to the caller), then changes the case, appends to its audit
 * trail and writes a {@code case.status-changed} event, all in one transaction. A step that asks
 * roster or rules (COMPLETE, SUPPLY_FACTS) asks before that transaction, never inside it.
 */
@ApplicationScoped
public class Workflow {
    /** KASN stopped taking cases on this day; recommendations from then on come from BKN. */
    static final LocalDate BKN_FROM = LocalDate.of(2024, 8, 24);

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    Intake intake;

    @Inject
    Neighbours neighbours;

    @Inject
    ObjectMapper json;

    /** Who acts: their roles, the region they are limited to and the agency a PPK or BKPP speaks for. */
    public record Caller(String subject, Set<String> roles, RegionCode region, String agency) {
        boolean has(String role) {
            return roles.contains(role);
        }
    }

    /** Where a case forwarded on {@code day} goes. */
    public static String forwardingTarget(LocalDate day) {
        return day.isBefore(BKN_FROM) ? "KASN" : "BKN";
    }

    /** The steps this caller may take on the case now. */
    public List<CaseAction> allowedActions(CaseFile c, Caller caller) {
        LocalDate today = today(c, OffsetDateTime.now(ZoneOffset.UTC));
        List<CaseAction> allowed = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            if (caller.has(action.role) && HandlingChain.speaksFor(caller.agency(), caller.subject(), action, c)
                    && HandlingChain.possible(c, action, today)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Takes a step. COMPLETE and SUPPLY_FACTS ask roster and rules first, outside any transaction,
     * about the case as the step will leave it; the step is then written in one transaction, only
     * if the case is still the version the caller read (412 otherwise), so the answer fits it.
     */
    public CaseFile apply(UUID id, Transition t, Caller caller, Integer expectedVersion) {
        Intake.Resolved answer = asksNeighbours(t.action()) ? askAbout(id, t, caller, expectedVersion) : null;
        Verdicts.Decider substitute = t.action() == CaseAction.RECOMMEND ? substituteFor(id, t, caller, expectedVersion) : null;
        return QuarkusTransaction.requiringNew().call(() -> {
            CaseFile c = checked(id, t, caller, expectedVersion);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            LocalDate today = today(c, now);
            CaseAction action = t.action();
            ObjectNode before = audit.snapshot(c);
            CaseStatus from = c.status;
            take(c, t, caller, now, today, answer, substitute);
            c.updatedAt = now;
            audit.append(c, new HashChain.Actor(caller.subject(), action.role), action.name(), before, withNote(audit.snapshot(c), t));
            if (c.status != from) {
                OutboxEvent.about(c, EventPayload.CaseStatusChanged.step(c.id, from.name(), c.status.name(), action.name()), json, now)
                        .persist();
            }
            if (action == CaseAction.TAKE_MEASURE) {
                Verdicts.Measure m = c.measures.get(c.measures.size() - 1);
                OutboxEvent.about(c, new EventPayload.MeasureTaken(c.id, m.measure().name(), m.legalBasis().indonesian(), m.reason()), json,
                        now).persist();
            }
            return c;
        });
    }

    private static boolean asksNeighbours(CaseAction action) {
        return action == CaseAction.COMPLETE || action == CaseAction.SUPPLY_FACTS;
    }

    /** The neighbours' answer about the case as the step would leave it; the case read is detached, so nothing is written. */
    private Intake.Resolved askAbout(UUID id, Transition t, Caller caller, Integer expectedVersion) {
        CaseFile proposed = QuarkusTransaction.requiringNew().call(() -> checked(id, t, caller, expectedVersion));
        prepare(proposed, t);
        try {
            return intake.ask(proposed);
        } catch (Neighbours.Unavailable | FaultToleranceException down) {
            throw NetralException.unavailable(Messages.text("case.Workflow.roster-service-or-rules-service-cannot"));
        }
    }

    /**
     * RECOMMEND for a case whose PPK is conflicted (found so now, or by Bawaslu at FORWARD): who
     * decides instead, as roster names them for the agency now (not from the agency cache: it may
     * have been named a moment ago). None named: 422, the recommendation cannot go anywhere.
     */
    private Verdicts.Decider substituteFor(UUID id, Transition t, Caller caller, Integer expectedVersion) {
        CaseFile c = QuarkusTransaction.requiringNew().call(() -> checked(id, t, caller, expectedVersion));
        if (!c.ppkConflicted && !Boolean.TRUE.equals(t.ppkConflicted())) {
            return null;
        }
        if (Boolean.TRUE.equals(t.ppkConflicted())) {
            require(t.reason(), "reason"); // why the PPK is conflicted comes before who decides instead
        }
        Optional<RosterClient.Agency> agency;
        try {
            agency = c.agencyCode == null ? Optional.empty() : neighbours.agencyNow(c.agencyCode);
        } catch (Neighbours.Unavailable | FaultToleranceException down) {
            throw NetralException.unavailable(Messages.text("case.Workflow.roster-service-or-rules-service-cannot"));
        }
        RosterClient.Substitute named = agency.map(RosterClient.Agency::substitute).orElse(null);
        if (named == null) {
            throw NetralException.unprocessable("ppkConflicted", Messages.text("case.Workflow.no-substitute-for-a-conflicted-ppk",
                    c.agencyCode));
        }
        return new Verdicts.Decider(named.name(), named.office(), named.subject());
    }

    /** What COMPLETE and SUPPLY_FACTS change before the neighbours are asked. */
    private static void prepare(CaseFile c, Transition t) {
        if (t.action() == CaseAction.COMPLETE) {
            supply(c, t);
        } else if (t.action() == CaseAction.SUPPLY_FACTS) {
            c.facts = merged(c.facts, require(t.facts(), "facts"));
        }
    }

    /** The case, if this caller may take this step on it now, in this order: ETag (428, 412), role and agency (403), state (409). */
    private CaseFile checked(UUID id, Transition t, Caller caller, Integer expectedVersion) {
        CaseFile c = CaseFile.requireForUpdate(id, caller.region());
        if (expectedVersion == null) {
            throw NetralException.preconditionRequired(Messages.text("case.Workflow.send-if-match-with-the-etag"));
        }
        if (expectedVersion != c.version) {
            throw NetralException.preconditionFailed(Messages.text("case.Workflow.the-case-changed-since-you-read", c.version, expectedVersion));
        }
        CaseAction action = t.action();
        if (!caller.has(action.role)) {
            throw NetralException.forbidden(Messages.text("case.Workflow.step-is-taken-by-the-role", action, action.role));
        }
        if (action == CaseAction.DECIDE && c.ppkConflicted && !HandlingChain.speaksFor(caller.agency(), caller.subject(), action, c)) {
            throw NetralException.forbidden(c.decider == null
                    ? Messages.text("case.Workflow.the-ppk-is-conflicted-and-no-one-decides")
                    : Messages.text("case.Workflow.the-ppk-is-conflicted-the-decision-rests-with", c.decider.name(), c.decider.office()));
        }
        if (!HandlingChain.speaksFor(caller.agency(), caller.subject(), action, c)) {
            throw NetralException.forbidden(Messages.text("case.Workflow.step-is-taken-by-the-of", action, action.role, c.agencyCode));
        }
        if (action == CaseAction.CLOSE && HandlingChain.shortOfRecommendation(c) && c.measures.isEmpty()
                && c.status != CaseStatus.ESCALATED) {
            throw NetralException.conflict(Messages.text("case.Workflow.a-decision-short-of-the-recommendation-needs-bkn",
                    c.decision.sanctionImposed() ? c.decision.sanctionType() : SanctionType.NONE, c.recommendation.sanctionType()));
        }
        if (!HandlingChain.possible(c, action, today(c, OffsetDateTime.now(ZoneOffset.UTC)))) {
            List<CaseAction> open = allowedActions(c, caller);
            throw NetralException.conflict(Messages.text("case.Workflow.step-cannot-be-taken-in-status", action, c.status, open));
        }
        return c;
    }

    /**
     * The deadline sweeper's work on one claimed case: an incomplete report past its day EXPIRES; any
     * other running clock past its day makes the case overdue ({@code case.overdue}); one within
     * {@code warnDays} of it is warned of ({@code case.deadline-approaching}). Each at most once per due date.
     */
    public void sweep(CaseFile c, OffsetDateTime now, int warnDays) {
        LocalDate today = today(c, now);
        if (c.dueOn == null) {
            return;
        }
        HashChain.Actor sweeper = new HashChain.Actor("case-service", Roles.SERVICE);
        if (c.dueOn.isBefore(today) && !c.dueOn.equals(c.overdueFor)) {
            ObjectNode before = audit.snapshot(c);
            LocalDate due = c.dueOn;
            String code = c.dueCode;
            c.warnedFor = due;
            c.updatedAt = now;
            if (c.status == CaseStatus.INCOMPLETE) {
                c.status = CaseStatus.EXPIRED;
                audit.append(c, sweeper, "EXPIRE", before, audit.snapshot(c));
                OutboxEvent.about(c, EventPayload.CaseStatusChanged.expired(clock(c, false, code, due)), json, now).persist();
            } else {
                c.overdueFor = due;
                audit.append(c, sweeper, "OVERDUE", before, audit.snapshot(c).put("overdue", true));
                OutboxEvent.about(c, clock(c, true, code, due), json, now).persist();
            }
        } else if (!c.dueOn.equals(c.warnedFor) && !c.dueOn.isAfter(today.plusDays(warnDays))) {
            c.warnedFor = c.dueOn;
            OutboxEvent.about(c, clock(c, false, c.dueCode, c.dueOn), json, now).persist();
        }
    }

    /** A clock of the case near or past its day; whose step it waits for, so that notification-service reminds that office. */
    private static EventPayload.CaseClock clock(CaseFile c, boolean overdue, String dueCode, LocalDate dueOn) {
        boolean substitute = c.status == CaseStatus.RECOMMENDED && c.ppkConflicted && c.decider != null;
        return new EventPayload.CaseClock(overdue, c.id, c.status.name(), dueCode, dueOn, CaseFile.responsibleFor(c.status),
                substitute ? c.decider.subject() : null);
    }

    private void take(CaseFile c, Transition t, Caller caller, OffsetDateTime now, LocalDate today, Intake.Resolved answer,
            Verdicts.Decider substitute) {
        switch (t.action()) {
            case COMPLETE -> {
                prepare(c, t);
                intake.complete(c, answer, now);
                if (!c.missing.isEmpty()) {
                    throw NetralException.unprocessable(c.missing.get(0), Messages.text("case.Workflow.still-missing", c.missing));
                }
            }
            case SUPPLY_FACTS -> {
                prepare(c, t);
                intake.reclassify(c, answer);
            }
            case START_REVIEW -> c.status = CaseStatus.UNDER_REVIEW;
            case EXTEND_REVIEW -> {
                require(t.reason(), "reason");
                CaseDeadline review = c.deadline("BAWASLU_REVIEW").orElseThrow(() -> NetralException.conflict(Messages.text("case.Workflow.this-case-has-no-review-deadline")));
                c.deadlines = replaced(c.deadlines, deadlines.extend(review, c.electionType));
                c.reviewExtended = true;
            }
            case DISMISS -> {
                require(t.reason(), "reason");
                c.status = CaseStatus.DISMISSED;
            }
            case FORWARD -> {
                LocalDate day = forwardingDay(c, t.forwardedOn(), today);
                c.forwardedOn = day;
                c.forwardedTo = forwardingTarget(day);
                if (Boolean.TRUE.equals(t.ppkConflicted())) {
                    require(t.reason(), "reason"); // Bawaslu found the PPK conflicted: on the record, and why
                    c.ppkConflicted = true;
                }
                c.status = CaseStatus.FORWARDED;
                deadlines.start("TASK_FORCE_VERIFICATION", c.electionType, day).ifPresent(c.deadlines::add);
            }
            case RECOMMEND -> recommend(c, t, caller, now, today, substitute);
            case ESCALATE -> {
                require(t.reason(), "reason");
                c.status = CaseStatus.ESCALATED;
            }
            case DECIDE -> {
                boolean imposed = require(t.sanctionImposed(), "sanctionImposed");
                if (imposed) {
                    fitting(c, require(t.sanctionType(), "sanctionType"));
                }
                c.decision = new Verdicts.Decision(imposed, imposed ? t.sanctionType() : null, require(t.reasons(), "reasons"),
                        caller.subject(), now);
                c.status = CaseStatus.DECIDED;
            }
            case RECORD_EXECUTION -> {
                // a local date: "today" is the case's region's, not the server's (UTC runs up to nine hours behind)
                if (require(t.executedOn(), "executedOn").isAfter(today)) {
                    throw NetralException.unprocessable("executedOn", Messages.text("case.Workflow.the-execution-date-has-not-come", t.executedOn()));
                }
                c.execution = new Verdicts.Execution(require(t.decreeNumber(), "decreeNumber"), t.executedOn(), caller.subject(), now);
                c.status = CaseStatus.SANCTION_EXECUTED;
            }
            case TAKE_MEASURE -> {
                BknMeasure measure = require(t.measure(), "measure");
                c.measures = concat(c.measures, List.of(new Verdicts.Measure(measure, measure.basis(), measure.disputed,
                        require(t.reason(), "reason"), caller.subject(), now)));
            }
            case CLOSE -> c.status = CaseStatus.CLOSED;
        }
    }

    /** The day of BKN's recommendation: today, or a past day for a case entered after the fact, not before it was forwarded. */
    private static LocalDate recommendationDay(CaseFile c, LocalDate given, LocalDate today) {
        return dayEnteredAfterTheFact(given, today, c.forwardedOn, "recommendedOn",
                () -> Messages.text("case.Workflow.recommended-on-has-not-come", given),
                () -> Messages.text("case.Workflow.recommended-before-forwarded", given, c.forwardedOn));
    }

    /** The day a case was forwarded: today, or a past day given for a case entered after the fact, not before the act. */
    private static LocalDate forwardingDay(CaseFile c, LocalDate given, LocalDate today) {
        return dayEnteredAfterTheFact(given, today, c.occurredOn, "forwardedOn",
                () -> Messages.text("case.Workflow.forwarded-on-has-not-come", given),
                () -> Messages.text("case.Workflow.forwarded-before-the-act", given, c.occurredOn));
    }

    /** The day a step was really taken: today when none is given; never after today, nor before {@code earliest} (when known). */
    private static LocalDate dayEnteredAfterTheFact(LocalDate given, LocalDate today, LocalDate earliest, String field,
            Supplier<LocalizedText> notYet,
            Supplier<LocalizedText> tooEarly) {
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw NetralException.unprocessable(field, notYet.get());
        }
        if (earliest != null && given.isBefore(earliest)) {
            throw NetralException.unprocessable(field, tooEarly.get());
        }
        return given;
    }

    /** The tier, if it can fall on the case's person (HandlingChain.fits); 422 naming sanctionType otherwise. */
    private static String fitting(CaseFile c, String tier) {
        EmploymentType type = c.reported == null || c.reported.person() == null ? null : c.reported.person().employmentType();
        if (!HandlingChain.fits(type, tier)) {
            throw NetralException.unprocessable("sanctionType", type == EmploymentType.NON_ASN
                    ? Messages.text("case.Workflow.non-asn-only-employment-contract", tier)
                    : Messages.text("case.Workflow.pns-no-employment-contract", tier));
        }
        return tier;
    }

    /**
     * BKN's recommendation; lighter than the classification needs a reason, and so does finding the
     * PPK conflicted; a conflicted PPK's decision goes to the substitute roster names, on the PPK's clock.
     */
    private void recommend(CaseFile c, Transition t, Caller caller, OffsetDateTime now, LocalDate today, Verdicts.Decider substitute) {
        if (Boolean.TRUE.equals(t.ppkConflicted())) {
            require(t.reason(), "reason");
        }
        String tier = fitting(c, require(t.sanctionType(), "sanctionType"));
        require(t.legalBasis(), "legalBasis");
        if (SanctionType.EMPLOYMENT_CONTRACT.name().equals(tier)) {
            require(t.reason(), "reason"); // which measure the contract allows: the tier alone does not say
        }
        String classified = c.classification == null ? null : c.classification.path("sanction").path("type").asText(null);
        if (SanctionType.lighter(tier, classified) && (t.reason() == null || t.reason().isBlank())) {
            throw NetralException.unprocessable("reason", Messages.text("case.Workflow.a-recommendation-is-lighter-than-the", tier, classified));
        }
        c.recommendation = new Verdicts.Recommendation(tier, t.legalBasis(), t.reason(), caller.subject(), now);
        // the PPK's clock runs from BKN's letter, which may predate its entry here
        deadlines.start("PPK_DECISION", c.electionType, recommendationDay(c, t.recommendedOn(), today)).ifPresent(c.deadlines::add);
        c.ppkConflicted = c.ppkConflicted || Boolean.TRUE.equals(t.ppkConflicted());
        c.decider = c.ppkConflicted ? substitute : null;
        c.status = CaseStatus.RECOMMENDED;
    }

    private static void supply(CaseFile c, Transition t) {
        if (t.reporter() != null) {
            Parties.Reporter old = c.reporter == null ? new Parties.Reporter(null, null, null, null) : c.reporter;
            Parties.Reporter r = t.reporter();
            c.reporter = new Parties.Reporter(pick(r.name(), old.name()), pick(r.address(), old.address()), pick(r.phone(), old.phone()),
                    pick(r.email(), old.email()));
        }
        if (t.reported() != null) {
            c.reported = t.reported();
        }
        if (t.occurredAt() != null) {
            c.occurredAt = t.occurredAt();
        }
        if (t.place() != null) {
            c.place = t.place();
        }
        if (t.description() != null) {
            c.description = t.description();
        }
        if (t.witnesses() != null) {
            c.witnesses = new ArrayList<>(new java.util.LinkedHashSet<>(concat(c.witnesses, t.witnesses())));
        }
        if (t.evidence() != null) {
            c.evidence = concat(c.evidence, t.evidence());
        }
    }

    private static <T> List<T> concat(List<T> old, List<T> added) {
        List<T> all = new ArrayList<>(old == null ? List.of() : old);
        all.addAll(added);
        return all;
    }

    private static ActFacts merged(ActFacts old, ActFacts given) {
        return new ActFacts(pick(given.participation(), old.participation()), pick(given.relationToCandidate(), old.relationToCandidate()),
                pick(given.partisanSymbols(), old.partisanSymbols()), pick(given.onUnpaidLeave(), old.onUnpaidLeave()),
                pick(given.contest(), old.contest()), pick(given.official(), old.official()), pick(given.officialDuty(), old.officialDuty()));
    }

    private static List<CaseDeadline> replaced(List<CaseDeadline> all, CaseDeadline changed) {
        List<CaseDeadline> out = new ArrayList<>();
        all.forEach(d -> out.add(d.code().equals(changed.code()) ? changed : d));
        return out;
    }

    private ObjectNode withNote(ObjectNode after, Transition t) {
        if (t.note() != null) {
            after.put("note", t.note());
        }
        if (t.reason() != null) {
            after.put("reason", t.reason());
        }
        return after;
    }

    private static LocalDate today(CaseFile c, OffsetDateTime now) {
        return now.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate();
    }

    private static <T> T pick(T given, T old) {
        return given != null ? given : old;
    }

    private static <T> T require(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw NetralException.unprocessable(field, Messages.text("case.Workflow.required-for-this-step"));
        }
        return value;
    }
}
