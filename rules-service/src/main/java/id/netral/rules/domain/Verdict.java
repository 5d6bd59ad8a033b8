package id.netral.rules.domain;

/** The classifier's answer. NEEDS_REVIEW is given instead of a guess when a deciding fact is missing. */
public enum Verdict {
    VIOLATION, PERMITTED, NEEDS_REVIEW
}
