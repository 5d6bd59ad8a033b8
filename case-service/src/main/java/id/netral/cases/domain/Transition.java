package id.netral.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One step asked of the handling chain, with what that step needs: the missing items, formal or
 * material (COMPLETE), the
 * classifier's answers (SUPPLY_FACTS), a reason (EXTEND_REVIEW, DISMISS, ESCALATE), BKN's
 * recommendation (RECOMMEND), the PPK's decision (DECIDE) or the decree (RECORD_EXECUTION).
 */
public record Transition(CaseAction action, String note, String reason,
        Parties.Reporter reporter, Parties.Reported reported, OffsetDateTime occurredAt, String place,
        String description, List<String> witnesses, List<Parties.Evidence> evidence,
        ActFacts facts,
        String sanctionType, String legalBasis, Boolean ppkConflicted,
        Boolean sanctionImposed, String reasons,
        String decreeNumber, LocalDate executedOn, LocalDate forwardedOn, LocalDate recommendedOn, BknMeasure measure) {
}
