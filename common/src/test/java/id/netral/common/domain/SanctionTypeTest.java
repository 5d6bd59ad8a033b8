package id.netral.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanctionTypeTest {

    @Test
    void theValidationPatternNamesEveryTier() {
        assertThat(SanctionType.NAMES).isEqualTo(SanctionType.names());
    }

    @Test
    void lighterIsMeasuredOnTheLadderOnly() {
        assertThat(SanctionType.lighter("MORAL", "DISCIPLINE_LIGHT")).isTrue();
        assertThat(SanctionType.lighter("DISCIPLINE_HEAVY", "DISCIPLINE_HEAVY")).isFalse();
        assertThat(SanctionType.lighter("DISMISSAL", "MORAL")).isFalse();
        assertThat(SanctionType.lighter("NONE", "EMPLOYMENT_CONTRACT")).as("the contract action is off the ladder").isFalse();
        assertThat(SanctionType.lighter("MORAL", null)).as("nothing classified").isFalse();
        assertThat(SanctionType.lighter("PECAT", "MORAL")).isFalse();
    }
}
