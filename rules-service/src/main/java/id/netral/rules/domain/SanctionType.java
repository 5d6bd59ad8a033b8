package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;

/** Sanction tiers, declared from lightest to heaviest so that the heaviest applicable one wins. */
public enum SanctionType {
    NONE("tanpa sanksi", "no sanction"),
    MORAL("sanksi moral", "moral sanction"),
    DISCIPLINE_LIGHT("hukuman disiplin ringan", "light discipline"),
    DISCIPLINE_MEDIUM("hukuman disiplin sedang", "medium discipline"),
    DISCIPLINE_HEAVY("hukuman disiplin berat", "heavy discipline"),
    DISMISSAL("pemberhentian", "dismissal"),
    /** Non-ASN staff: the employing agency acts under the contract; never mixed with the ASN tiers. */
    EMPLOYMENT_CONTRACT("tindakan instansi menurut perjanjian kerja", "action by the employing agency under the employment contract");

    /** The tier's name for the explanation; what it means per employment type is in {@link SanctionTier}. */
    final LocalizedText label;

    SanctionType(String indonesian, String english) {
        this.label = LocalizedText.of(indonesian, english);
    }

    public SanctionType heavier(SanctionType other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
