package id.netral.rules.domain;

/** Sanction tiers, declared from lightest to heaviest so that the heaviest applicable one wins. */
public enum SanctionType {
    NONE, MORAL, DISCIPLINE_LIGHT, DISCIPLINE_MEDIUM, DISCIPLINE_HEAVY, DISMISSAL;

    public SanctionType heavier(SanctionType other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
