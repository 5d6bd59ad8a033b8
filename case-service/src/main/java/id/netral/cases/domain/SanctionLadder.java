package id.netral.cases.domain;

import java.util.List;

/**
 * The sanction tiers from none to dismissal, lightest first, as rules-service names them: what a
 * recommendation lighter than the classification is measured against (it needs a reason, and the
 * letter says so).
 */
public final class SanctionLadder {
    private static final List<String> TIERS = List.of("NONE", "MORAL", "DISCIPLINE_LIGHT", "DISCIPLINE_MEDIUM", "DISCIPLINE_HEAVY",
            "DISMISSAL");

    private SanctionLadder() {
    }

    /** Whether {@code tier} is lighter than {@code classified}, both on the ladder. */
    public static boolean lighter(String tier, String classified) {
        return TIERS.contains(tier) && TIERS.contains(classified) && TIERS.indexOf(tier) < TIERS.indexOf(classified);
    }
}
