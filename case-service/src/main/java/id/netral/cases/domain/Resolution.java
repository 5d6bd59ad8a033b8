package id.netral.cases.domain;

/**
 * Whether intake could ask roster and rules about the case. PENDING: a neighbour was down, the
 * case is stored anyway and a job completes it; a report is never lost because a neighbour is down.
 */
public enum Resolution {
    RESOLVED, PENDING
}
