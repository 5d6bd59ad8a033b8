package id.netral.console.domain;

import id.netral.client.cases.model.CaseStatus;
import id.netral.client.cases.model.ModelCase;
import id.netral.common.security.Roles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The cases waiting for an officer: those in a state where the officer's role acts (the handling
 * chain of case-service's {@code CaseAction}) and for which the API lists at least one step open
 * to this officer (an agency's PPK sees only its agency's decisions), the nearest due date first.
 */
public record WorkList(List<ModelCase> cases, int total) {

    /** The states in which each role may take a step. */
    static final Map<String, List<CaseStatus>> STATES = Map.of(
            Roles.BAWASLU, List.of(CaseStatus.INCOMPLETE, CaseStatus.REGISTERED, CaseStatus.UNDER_REVIEW, CaseStatus.DISMISSED,
                    CaseStatus.DECIDED, CaseStatus.SANCTION_EXECUTED, CaseStatus.ESCALATED),
            Roles.BKN, List.of(CaseStatus.FORWARDED, CaseStatus.RECOMMENDED, CaseStatus.DECIDED, CaseStatus.SANCTION_EXECUTED,
                    CaseStatus.ESCALATED),
            Roles.PPK, List.of(CaseStatus.RECOMMENDED, CaseStatus.ESCALATED),
            Roles.BKPP, List.of(CaseStatus.DECIDED));

    /** The states to ask about for a role (none for a role that takes no step). */
    public static List<CaseStatus> statesOf(String role) {
        return STATES.getOrDefault(role, List.of());
    }

    /** Orders by due date (cases without one last), then by age. */
    public static final Comparator<ModelCase> BY_DUE_DATE = Comparator
            .comparing((ModelCase c) -> c.getDueOn() == null ? LocalDate.MAX : c.getDueOn())
            .thenComparing(ModelCase::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Whether a case waits for the officer who read it: the API lists a step open to them. */
    public static boolean waitsForCaller(ModelCase c) {
        return c.getAllowedActions() != null && !c.getAllowedActions().isEmpty();
    }
}
