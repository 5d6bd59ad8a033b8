package id.netral.cases.domain;

import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.SanctionType;
import id.netral.common.security.Roles;
import java.time.LocalDate;

/**
 * The rules of the handling chain beyond who takes a step from which state ({@link CaseAction}):
 * one extension of the review, escalation only when the PPK (or whoever decides in a conflicted
 * PPK's place) is late, execution only of an imposed sanction, closing a decided case only when
 * nothing is left to execute, the PPK and BKPP acting only for their own agency, and a conflicted
 * PPK's decision taken by the substitute the case names, not by the PPK. Plain functions of the case, tested without the service.
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
            // before a decision: a late PPK (or substitute: a conflicted PPK's case has one deciding, on the same clock);
            // after one: a decision short of the recommendation, once
            case ESCALATE -> c.status == CaseStatus.RECOMMENDED
                    ? c.deadline("PPK_DECISION").map(d -> today.isAfter(d.dueOn())).orElse(false)
                    : shortOfRecommendation(c) && c.measures.isEmpty();
            case RECORD_EXECUTION -> c.decision != null && c.decision.sanctionImposed();
            case CLOSE -> closable(c);
            default -> true;
        };
    }

    /**
     * Whether the PPK followed BKN's recommendation: imposed a sanction not lighter than the one
     * recommended (or, when BKN recommended none, imposed none). No decision or no recommendation
     * yet: not compliant.
     */
    public static boolean compliant(CaseFile c) {
        if (c.decision == null || c.recommendation == null) {
            return false;
        }
        if (!c.decision.sanctionImposed()) {
            return SanctionType.NONE.name().equals(c.recommendation.sanctionType());
        }
        return !SanctionType.lighter(c.decision.sanctionType(), c.recommendation.sanctionType());
    }

    /** A PPK decided, and less than BKN recommended (nothing, or a lighter tier). */
    public static boolean shortOfRecommendation(CaseFile c) {
        return c.decision != null && c.recommendation != null && !compliant(c);
    }

    /**
     * A case closes once nothing is left: dismissed; decided with nothing to execute, or executed;
     * a decision short of the recommendation only after BKN took a measure on it; escalated only
     * after BKN's measures.
     */
    private static boolean closable(CaseFile c) {
        boolean followedUp = !shortOfRecommendation(c) || !c.measures.isEmpty();
        return switch (c.status) {
            case DISMISSED -> true;
            case ESCALATED -> !c.measures.isEmpty();
            case DECIDED -> followedUp && c.decision != null && !c.decision.sanctionImposed();
            case SANCTION_EXECUTED -> followedUp;
            default -> false;
        };
    }

    /**
     * Whether a sanction tier can be recommended or imposed on a person of this employment type:
     * non-ASN staff are not under PP 94/2021, so the only measure for them is their agency's under
     * the employment contract; a PNS is never under a contract. PPPK answer to both (PP 49/2018 and
     * the contract). Unknown type or tier: not this check's to refuse.
     */
    public static boolean fits(EmploymentType type, String tier) {
        SanctionType sanction = SanctionType.named(tier);
        if (type == null || sanction == null) {
            return true;
        }
        return switch (type) {
            case NON_ASN -> sanction == SanctionType.EMPLOYMENT_CONTRACT;
            case PNS -> sanction != SanctionType.EMPLOYMENT_CONTRACT;
            case PPPK -> true;
        };
    }

    /** The PPK and the BKPP act only for the agency they speak for ({@code callerAgency}); the other roles for any. */
    public static boolean speaksFor(String callerAgency, String callerSubject, CaseAction action, CaseFile c) {
        if (action == CaseAction.DECIDE && c.ppkConflicted) {
            // not the PPK of the agency but the official the case names, whatever agency they sign in for
            return c.decider != null && c.decider.subject().equals(callerSubject);
        }
        boolean agencyBound = Roles.PPK.equals(action.role) || Roles.BKPP.equals(action.role);
        return !agencyBound || c.agencyCode != null && c.agencyCode.equals(callerAgency);
    }
}
