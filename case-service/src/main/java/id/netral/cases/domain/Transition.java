package id.netral.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step asked of the handling chain, with what that step needs: the missing items (COMPLETE), the
 * classifier's answers (SUPPLY_FACTS), a reason (EXTEND_REVIEW, DISMISS, ESCALATE), BKN's
 * recommendation (RECOMMEND), the PPK's decision (DECIDE) or the decree (RECORD_EXECUTION).
 */
public record Transition(CaseAction action, String note, String reason,
        Parties.Reporter reporter, Parties.Reported reported, OffsetDateTime occurredAt, String place,
        ActFacts facts,
        String sanctionType, String legalBasis, Boolean ppkConflicted,
        Boolean sanctionImposed, String reasons,
        String decreeNumber, LocalDate executedOn) {
}
