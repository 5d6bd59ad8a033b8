package id.netral.cases.api;

import id.netral.common.audit.AuditViews;
import id.netral.common.domain.SanctionType;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.cases.domain.BknMeasure;
import id.netral.cases.domain.ActFacts;
import id.netral.cases.domain.CaseAction;
import id.netral.cases.domain.Transition;
import id.netral.cases.domain.Verdicts;
import id.netral.cases.domain.CaseDeadline;
import id.netral.cases.domain.CaseEvent;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.CaseSource;
import id.netral.cases.domain.CaseStatus;
import id.netral.cases.domain.EvidenceKind;
import id.netral.cases.domain.Parties;
import id.netral.cases.domain.Report;
import id.netral.cases.domain.Resolution;
import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmailAddress;
import id.netral.common.domain.EmploymentType;
import id.netral.common.security.Disclosure;
import id.netral.common.i18n.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of cases. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A finding (Bawaslu) or a public report (Bawaslu or a portal). Missing formal items make it INCOMPLETE, not invalid. */
    @Schema(name = "NewCase", example = Examples.NEW_CASE)
    public record NewCase(
            @NotNull @Schema(required = true) CaseSource source,
            @Size(max = 40) @Schema(description = "Election code as in rules-service; inferred from the date when absent",
                    example = "PILKADA_2024") String election,
            @Valid @Schema(description = "Public reports: who reports (shown to Bawaslu and admins only)") ReporterInput reporter,
            @NotNull @Valid @Schema(required = true, description = "One of: nip; employeeKey; accountUrl; name with agencyCode")
            ReportedInput reported,
            @NotBlank @Size(max = 48) @Schema(required = true, description = "An act code of rules-service", example = "SOCIAL_MEDIA_LIKE")
            String act,
            @Valid @Schema(description = "The optional classification facts, as rules-service takes them") FactsInput facts,
            @PastOrPresent @Schema(description = "When the act happened (its local date in the case's region decides the stage)")
            OffsetDateTime occurredAt,
            @PastOrPresent @Schema(description = "When the reporter learnt of it: the reporting window runs from here; "
                    + "default occurredAt") OffsetDateTime knownAt,
            @Size(max = 300) String place,
            @Size(max = 5000) String description,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> witnesses,
            @Size(max = 20) List<@Valid @NotNull EvidenceInput> evidence) {

        Report toReport() {
            ReportedInput r = reported;
            return new Report(source, election, reporter == null ? null
                    : new Parties.Reporter(reporter.name(), reporter.address(), reporter.phone(), reporter.email()),
                    new Parties.Reported(r.nip(), r.employeeKey(), r.accountUrl(), r.name(), r.agencyCode(), null), act,
                    facts == null ? null : new ActFacts(facts.participation(), facts.relationToCandidate(), facts.partisanSymbols(),
                            facts.onUnpaidLeave(), facts.contest(), facts.official(), facts.officialDuty()),
                    occurredAt, knownAt, place, description, witnesses,
                    evidence == null ? null : evidence.stream()
                            .map(e -> new Parties.Evidence(e.kind(), e.url(), e.sha256(), e.capturedAt(), null, null)).toList());
        }
    }

    /** Who reports. A phone number or an e-mail address is enough to reach them. */
    public record ReporterInput(@Size(max = 200) String name, @Size(max = 300) String address,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{6,40}", message = "{netral.phone}") String phone,
            @Pattern(regexp = EmailAddress.PATTERN, message = "{netral.email}") String email) {
    }

    /** How the reported person is named. */
    public record ReportedInput(@Pattern(regexp = "\\d{18}", message = "{netral.nip-digits}") String nip,
            @Size(max = 120) @Schema(description = "The roster key: a NIP, or AGENCY:STAFFNUMBER for non-ASN staff") String employeeKey,
            @Size(max = 500) @Schema(description = "The address of the person's social-media profile") String accountUrl,
            @Size(max = 200) String name, @Size(max = 40) String agencyCode) {
    }

    /** The optional facts of rules-service's classification request. */
    public record FactsInput(@Pattern(regexp = "PASSIVE|ACTIVE", message = "{netral.participation}") String participation,
            @Pattern(regexp = "NONE|SPOUSE|RELATIVE", message = "{netral.candidate-relation}") String relationToCandidate,
            Boolean partisanSymbols, Boolean onUnpaidLeave,
            @Pattern(regexp = "PRESIDENTIAL|DPR|DPD|DPRD|REGIONAL_HEAD", message = "{netral.contest}") String contest,
            Boolean official, Boolean officialDuty) {
    }

    /** A link with the hash the reporter computed, or the record of a file added later. */
    public record EvidenceInput(@NotNull EvidenceKind kind, @Size(max = 1000) String url,
            @Pattern(regexp = "[0-9a-f]{64}", message = "{netral.sha256}") String sha256, @PastOrPresent OffsetDateTime capturedAt) {
    }

    /** One step of the handling chain; which fields it needs depends on the action (see each field). */
    @Schema(name = "CaseTransition", example = Examples.TRANSITION)
    public record TransitionInput(
            @NotNull @Schema(required = true) CaseAction action,
            @Size(max = 2000) @Schema(description = "Any step: a note for the audit trail") String note,
            @Size(max = 2000) @Schema(description = "EXTEND_REVIEW, DISMISS, ESCALATE; RECOMMEND when lighter than the classification")
            String reason,
            @Valid @Schema(description = "COMPLETE: reporter items supplied") ReporterInput reporter,
            @Valid @Schema(description = "COMPLETE: the reported person, named anew") ReportedInput reported,
            @PastOrPresent @Schema(description = "COMPLETE") OffsetDateTime occurredAt,
            @Size(max = 300) @Schema(description = "COMPLETE") String place,
            @Size(max = 5000) @Schema(description = "COMPLETE: the account of events (uraian kejadian)") String description,
            @Size(max = 20) @Schema(description = "COMPLETE: witnesses added to those already named")
            List<@NotBlank @Size(max = 200) String> witnesses,
            @Size(max = 20) @Schema(description = "COMPLETE: evidence links added to those already given (files: POST .../evidence)")
            List<@Valid @NotNull EvidenceInput> evidence,
            @Valid @Schema(description = "SUPPLY_FACTS: the answers to the classifier's questions") FactsInput facts,
            @Pattern(regexp = SanctionType.NAMES,
                    message = "{netral.sanction-type}")
            @Schema(description = "RECOMMEND, DECIDE (when imposed)") String sanctionType,
            @Size(max = 500) @Schema(description = "RECOMMEND") String legalBasis,
            @Schema(description = "FORWARD (Bawaslu) or RECOMMEND (BKN), with a reason: the PPK or a close relative runs in "
                    + "the election; the decision then rests with the official roster names for the agency (ppk-substitute)")
            Boolean ppkConflicted,
            @Schema(description = "DECIDE") Boolean sanctionImposed,
            @Size(max = 5000) @Schema(description = "DECIDE") String reasons,
            @Size(max = 100) @Schema(description = "RECORD_EXECUTION: the decree's number") String decreeNumber,
            @Schema(description = "RECORD_EXECUTION: the day, in the case's region, not after today there") LocalDate executedOn,
            @Schema(description = "FORWARD: the day it was forwarded, when not today (a case entered after the fact); it decides "
                    + "KASN (until 23 Aug 2024) or BKN") LocalDate forwardedOn,
            @Schema(description = "RECOMMEND: the day of BKN's recommendation letter, when not today (a case entered after the "
                    + "fact), not before the case was forwarded; the PPK's deadline runs from it") LocalDate recommendedOn,
            @Schema(description = "TAKE_MEASURE: what BKN does about a PPK who did not follow its recommendation (with a reason)")
            BknMeasure measure) {

        Transition toTransition() {
            return new Transition(action, note, reason,
                    reporter == null ? null : new Parties.Reporter(reporter.name(), reporter.address(), reporter.phone(), reporter.email()),
                    reported == null ? null : new Parties.Reported(reported.nip(), reported.employeeKey(), reported.accountUrl(),
                            reported.name(), reported.agencyCode(), null),
                    occurredAt, place, description, witnesses, evidence == null ? null : evidence.stream()
                            .map(e -> new Parties.Evidence(e.kind(), e.url(), e.sha256(), e.capturedAt(), null, null)).toList(),
                    facts == null ? null : new ActFacts(facts.participation(), facts.relationToCandidate(), facts.partisanSymbols(),
                            facts.onUnpaidLeave(), facts.contest(), facts.official(), facts.officialDuty()),
                    sanctionType, legalBasis, ppkConflicted, sanctionImposed, reasons, decreeNumber, executedOn,
                    forwardedOn, recommendedOn, measure);
        }
    }

    /** Who decides instead of a conflicted PPK. */
    @Schema(name = "CaseDecider")
    public record DeciderView(String name, String office) {
    }

    /** A measure of BKN, its basis in the caller's language. */
    @Schema(name = "BknMeasureTaken")
    public record MeasureView(BknMeasure measure, String legalBasis, boolean disputed, String reason, String by, OffsetDateTime at) {
        static MeasureView of(Verdicts.Measure m, Language language) {
            return new MeasureView(m.measure(), m.legalBasis().in(language), m.disputed(), m.reason(), m.by(), m.at());
        }
    }

    /** A case as callers see it: reporter and witnesses only for Bawaslu and admins, NIPs masked for portals. */
    @Schema(name = "Case", example = Examples.CASE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(UUID id, String trackingCode, CaseSource source, CaseStatus status,
            @Schema(description = "PENDING while roster or rules could not be asked; a job completes it") Resolution resolution,
            @Schema(description = "INCOMPLETE: the formal and material requirements still missing, by request field") List<String> missing,
            @Schema(description = "INCOMPLETE: the day by which they must be supplied") LocalDate completeBy,
            String election, ElectionType electionType, String act, ActFacts facts, Parties.Reporter reporter,
            ReportedView reported, String regionCode, String agencyCode,
            @Schema(description = "The zone of the case's region; its dates are local dates there", example = "Asia/Jakarta")
            String timeZone, OffsetDateTime occurredAt, LocalDate occurredOn, OffsetDateTime knownAt, String place,
            String description, List<String> witnesses, List<Parties.Evidence> evidence,
            @Schema(description = "rules-service's answer as given at intake (in Indonesian), with its catalog version")
            Map<String, Object> classification, Integer catalogVersion, List<DeadlineView> deadlines,
            @Schema(description = "DUPLICATE: the open case this report repeats") UUID duplicateOf,
            @Schema(description = "Where Bawaslu forwarded it: KASN before 24 Aug 2024, BKN from then on") String forwardedTo,
            @Schema(description = "The day it was forwarded, in the case's region") LocalDate forwardedOn,
            Boolean reviewExtended,
            @Schema(description = "The PPK or a relative runs in the election: the PPK may not decide") Boolean ppkConflicted,
            @Schema(description = "Who decides instead of a conflicted PPK (an acting official or the official above)")
            DeciderView decider,
            Verdicts.Recommendation recommendation, Verdicts.Decision decision,
            @Schema(description = "BKN's measures after the PPK did not follow its recommendation") List<MeasureView> measures,
            Verdicts.Execution execution,
            @Schema(description = "The deadline of the step the case is in, and whether it has passed") String dueCode,
            LocalDate dueOn, Boolean overdue,
            @Schema(description = "The steps the caller may take now (POST .../transitions)") List<CaseAction> allowedActions,
            int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static View of(CaseFile c, Disclosure disclosure, List<CaseAction> allowed, Language language) {
            CaseDeadline completion = c.deadlines.stream().filter(d -> d.code().equals("FORMAL_COMPLETION")).findFirst().orElse(null);
            return new View(c.id, c.trackingCode, c.source, c.status, c.resolution, c.missing,
                    c.status == CaseStatus.INCOMPLETE && completion != null ? completion.dueOn() : null, c.election, c.electionType,
                    c.act, c.facts, disclosure.reporter(c.reporter), ReportedView.of(c.reported, disclosure), c.regionCode,
                    c.agencyCode, c.timeZone, c.occurredAt, c.occurredOn, c.knownAt, c.place, c.description,
                    disclosure.reporter(c.witnesses), c.evidence, AuditViews.asMap(c.classification), c.catalogVersion,
                    c.deadlines.stream().map(d -> DeadlineView.of(d, language)).toList(), c.duplicateOf, c.forwardedTo, c.forwardedOn,
                    c.reviewExtended, c.ppkConflicted, c.decider == null ? null : new DeciderView(c.decider.name(), c.decider.office()),
                    c.recommendation, c.decision,
                    c.measures.isEmpty() ? null : c.measures.stream().map(m -> MeasureView.of(m, language)).toList(), c.execution, c.dueCode, c.dueOn, c.overdue, allowed, c.version, c.createdAt,
                    c.updatedAt);
        }

        /**
         * A case filed by the caller about someone outside the caller's region: that it exists and
         * where it stands (id, tracking code, status, dates), nothing of the person or the act.
         */
        static View summary(CaseFile c) {
            return new View(c.id, c.trackingCode, c.source, c.status, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null,
                    c.deadlines.stream().map(d -> new DeadlineView(d.code(), d.startsOn(), d.dueOn(), d.days(), d.workingDays(), null,
                            d.disputed())).toList(),
                    null, null, null, null, null, null, null, null, null, null, c.dueCode, c.dueOn, c.overdue, null, c.version, c.createdAt,
                    c.updatedAt);
        }
    }

    /** The reported person as named, and as the roster knows them (NIP masked for portals). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportedView(String nip, String employeeKey, String accountUrl, String name, String agencyCode,
            @Schema(description = "Who the roster says it is; absent while unresolved or unknown") PersonView person) {

        static ReportedView of(Parties.Reported r, Disclosure disclosure) {
            Parties.Person p = r.person();
            return new ReportedView(disclosure.nip(r.nip()), disclosure.employeeKey(r.employeeKey()), r.accountUrl(), r.name(),
                    r.agencyCode(), p == null ? null
                    : new PersonView(disclosure.personalData() || p.nip() == null ? disclosure.employeeKey(p.employeeKey())
                            : disclosure.nip(p.nip()), disclosure.nip(p.nip()), p.name(), p.employmentType(), p.agencyCode(), p.agencyName(),
                            p.unitCode(), p.position(), p.regionCode(), p.ppkName(), p.ppkOffice()));
        }
    }

    /** What the roster says about the reported person and the PPK who decides. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(String employeeKey, String nip, String name, EmploymentType employmentType, String agencyCode,
            String agencyName, String unitCode, String position, String regionCode, String ppkName, String ppkOffice) {
    }

    /** A legal clock of the case, with its legal basis in the language of Accept-Language. */
    public record DeadlineView(String code, LocalDate startsOn, LocalDate dueOn, int days, boolean workingDays, String legalBasis,
            boolean disputed) {

        static DeadlineView of(CaseDeadline d, Language language) {
            return new DeadlineView(d.code(), d.startsOn(), d.dueOn(), d.days(), d.workingDays(),
                    d.legalBasis() == null ? null : d.legalBasis().in(language), d.disputed());
        }
    }

    /** What a reporter may see with the tracking code: status and dates, no names. */
    @Schema(name = "CaseTracking")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tracking(String trackingCode, CaseStatus status, LocalDate filedOn, OffsetDateTime updatedAt,
            @Schema(description = "INCOMPLETE: the day by which the missing items must be supplied") LocalDate completeBy,
            List<String> missing,
            @Schema(description = "DUPLICATE: the status of the case this report joined") CaseStatus linkedCaseStatus,
            List<DueDate> deadlines) {
    }

    /** A due date without its legal text. */
    public record DueDate(String code, LocalDate dueOn) {
    }

    /** One entry of the audit trail. */
    @Schema(name = "CaseEvent")
    public record EventView(int seq, OffsetDateTime at, String actor, String role, String action, Map<String, Object> before,
            Map<String, Object> after, String prevHash, String hash) {

        /** The event as this caller may see it: personal fields of its snapshots masked by the same policy as the case. */
        static EventView of(CaseEvent e, Disclosure disclosure) {
            return new EventView(e.seq, e.at, e.actor, e.role, e.action, AuditViews.asMap(disclosure.apply(e.before)),
                    AuditViews.asMap(disclosure.apply(e.after)), e.prevHash, e.hash);
        }
    }
}
