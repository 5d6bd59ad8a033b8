package id.netral.rules.domain;

/**
 * What a matching rule contributes: a prohibition makes the act a violation (its sanction tier may be
 * NONE when it only adds a legal basis), a permission allows it, a review rule sends it to the joint
 * task force with a question, a criminal rule adds a referral to Gakkumdu to a violation.
 */
public enum RuleKind {
    PROHIBITION, PERMISSION, REVIEW, CRIMINAL,
    /** For the employment types it names (non-ASN staff), conduct the catalog forbids for ASN breaches the employment contract. */
    CONTRACT
}
