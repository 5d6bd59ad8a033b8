package id.netral.cases.domain;

import id.netral.common.security.Roles;
import java.time.LocalDate;

/**
 * The rules of the handling chain beyond who takes a step from which state ({@link CaseAction}):
 * one extension of the review, escalation only when the PPK is conflicted or late, execution only
 * of an imposed sanction, closing a decided case only when nothing is left to execute, and the PPK
 * and BKPP acting only for their own agency. Plain functions of the case, tested without the service.
 */
public final class HandlingChain {

    private HandlingChain() {
    }

    /** Whether the step fits the case's state on {@code today} (the case's local day), whoever asks. */
    public static boolean possible(CaseFile c, CaseAction action, LocalDate today) {
        if (!action.from.contains(c.status) || c.resolution == Resolution.PENDING) {
            return false;
        }
        return switch (action) {
            case EXTEND_REVIEW -> !c.reviewExtended;
            case ESCALATE -> c.ppkConflicted || c.deadline("PPK_DECISION").map(d -> today.isAfter(d.dueOn())).orElse(false);
            case RECORD_EXECUTION -> c.decision != null && c.decision.sanctionImposed();
            case CLOSE -> c.status != CaseStatus.DECIDED || c.decision != null && !c.decision.sanctionImposed();
            default -> true;
        };
    }

    /** The PPK and the BKPP act only for the agency they speak for ({@code callerAgency}); the other roles for any. */
    public static boolean speaksFor(String callerAgency, CaseAction action, CaseFile c) {
        boolean agencyBound = Roles.PPK.equals(action.role) || Roles.BKPP.equals(action.role);
        return !agencyBound || c.agencyCode != null && c.agencyCode.equals(callerAgency);
    }
}
