package id.netral.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the handling chain: {@code INCOMPLETE} → {@code REGISTERED} →
 * {@code UNDER_REVIEW} → {@code DISMISSED} | {@code FORWARDED} → {@code RECOMMENDED} → {@code DECIDED}
 * → {@code SANCTION_EXECUTED} → {@code CLOSED}; {@code ESCALATED} when the PPK misses the deadline,
 * {@code EXPIRED} when an incomplete report is not completed in time. {@code DUPLICATE} is a second
 * report of the same post about the same person, linked to the open case it repeats.
 */
public enum CaseStatus {
    INCOMPLETE, REGISTERED, UNDER_REVIEW, DISMISSED, FORWARDED, RECOMMENDED, DECIDED, SANCTION_EXECUTED, CLOSED, ESCALATED,
    EXPIRED, DUPLICATE;

    /** The states in which a case can still move on (a new report of the same post joins it). */
    public static final Set<CaseStatus> OPEN = Set.copyOf(EnumSet.complementOf(EnumSet.of(DISMISSED, CLOSED, EXPIRED, DUPLICATE)));

    /** Whether the case can still move on (a new report of the same post joins it). */
    public boolean open() {
        return OPEN.contains(this);
    }
}
