package id.netral.rules.domain;

/** Sanction tiers, declared from lightest to heaviest so that the heaviest applicable one wins. */
public enum SanctionType {
    NONE("tanpa sanksi", "no sanction"),
    MORAL("sanksi moral", "moral sanction"),
    DISCIPLINE_LIGHT("hukuman disiplin ringan", "light discipline"),
    DISCIPLINE_MEDIUM("hukuman disiplin sedang", "medium discipline"),
    DISCIPLINE_HEAVY("hukuman disiplin berat", "heavy discipline"),
    DISMISSAL("pemberhentian", "dismissal");

    /** The tier's name for the explanation; what it means per employment type is in {@link SanctionTier}. */
    final String labelId;
    final String labelEn;

    SanctionType(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public SanctionType heavier(SanctionType other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
