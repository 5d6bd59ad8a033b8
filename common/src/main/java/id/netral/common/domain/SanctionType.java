package id.netral.common.domain;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The sanction tiers, from none to dismissal, lightest first, and the contract action that stands
 * outside that ladder (a PPPK or non-ASN employee answers under the employment contract). One
 * list for the suite: rules-service classifies into it, case-service measures BKN's
 * recommendation and the PPK's decision against it.
 */
public enum SanctionType {
    NONE,
    MORAL,
    DISCIPLINE_LIGHT,
    DISCIPLINE_MEDIUM,
    DISCIPLINE_HEAVY,
    DISMISSAL,
    EMPLOYMENT_CONTRACT;

    /** Every name, for request validation ({@code @Pattern} needs a constant); a test keeps it equal to the values. */
    public static final String NAMES = "NONE|MORAL|DISCIPLINE_LIGHT|DISCIPLINE_MEDIUM|DISCIPLINE_HEAVY|DISMISSAL|EMPLOYMENT_CONTRACT";

    /** How a person says it (bundle key {@code common.SanctionType.<NAME>}). */
    public final LocalizedText label;

    SanctionType() {
        this.label = Messages.text("common.SanctionType." + name());
    }

    /** The heavier of the two, in this order. */
    public SanctionType heavier(SanctionType other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * Whether tier {@code tier} is lighter than {@code classified} on the ladder from NONE to
     * DISMISSAL; false when either is unknown, absent, or the contract action (off the ladder).
     */
    public static boolean lighter(String tier, String classified) {
        SanctionType a = named(tier);
        SanctionType b = named(classified);
        return a != null && b != null && a != EMPLOYMENT_CONTRACT && b != EMPLOYMENT_CONTRACT && a.ordinal() < b.ordinal();
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining("|"));
    }

    /** The tier of this name; null when none is. */
    public static SanctionType named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
