package id.netral.common.security;

/**
 * The role names carried in the JWT {@code groups} claim. They are part of the contract with the
 * identity provider, so they live once, here.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    /** Election supervisors: findings, review, forwarding recommendations. */
    public static final String BAWASLU = "bawaslu";
    /** National civil service agency: recommendations to the PPK, escalation. */
    public static final String BKN = "bkn";
    /** The official with disciplinary authority: decides the sanction. */
    public static final String PPK = "ppk";
    /** Regional personnel agency: keeps the roster, executes sanctions. */
    public static final String BKPP = "bkpp";
    /** Regional portal or integrator: reads, public reports, webhook subscriptions. */
    public static final String PORTAL = "portal";
    /** Service-to-service calls inside the suite. */
    public static final String SERVICE = "service";

    /**
     * An employee reading their own inbox (appeals, takedown requests) and acknowledging; the token's
     * {@code sub} is the employee's key in the roster. Deliberately outside {@link #ALL}: an ASN is
     * the subject of cases, not a participant, and gets neither {@link #ANY} nor personal data.
     */
    public static final String ASN = "asn";

    /** Every role of the platform's participants (not {@link #ASN}). */
    public static final String[] ALL = {ADMIN, BAWASLU, BKN, PPK, BKPP, PORTAL, SERVICE};

    /**
     * Held by every caller with at least one platform role (added by {@link NetralRoleAugmentor}):
     * for endpoints any participant may call. The colon keeps it apart from IdP group names.
     */
    public static final String ANY = "netral:any";

    private Roles() {
    }
}
