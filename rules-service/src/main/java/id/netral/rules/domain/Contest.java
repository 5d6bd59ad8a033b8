package id.netral.rules.domain;

import id.netral.common.domain.ElectionType;

/** What is contested in an election; a general election sets its contests' candidates on different days. */
public enum Contest {
    PRESIDENTIAL, DPR, DPD, DPRD, REGIONAL_HEAD;

    /** Whether elections of this type hold this contest. */
    public boolean heldIn(ElectionType type) {
        return (this == REGIONAL_HEAD) == (type == ElectionType.REGIONAL);
    }
}
