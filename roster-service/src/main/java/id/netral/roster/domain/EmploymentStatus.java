package id.netral.roster.domain;

/** Whether the person still serves; retired and dismissed staff stay on the roster for old cases. */
public enum EmploymentStatus {
    ACTIVE, RETIRED, DISMISSED
}
