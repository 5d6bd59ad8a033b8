package id.netral.rules.domain;

/**
 * What a matching rule contributes: a prohibition makes the act a violation (its sanction tier may be
 * NONE when it only adds a legal basis), a permission allows it, a review rule sends it to the joint
 * task force with a question, a criminal rule adds a criminal provision to a violation.
 */
public enum RuleKind {
    PROHIBITION, PERMISSION, REVIEW, CRIMINAL
}
