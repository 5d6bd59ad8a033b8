package id.netral.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "*, 34, true",
            "*, 34.04.01.2001, true",
            "34, 34, true",
            "34, 34.04, true",
            "34, 34.04.01, true",
            "34.04, 34.04.01.2001, true",
            "34.04, 34, false",
            "34.04, 34.71, false",
            "34, 13.02, false",
            "34, 340, false",
            "34, *, false",
    })
    void scopeIsAPrefixOnWholeSegments(String scope, String region, boolean covered) {
        assertThat(RegionCode.of(scope).covers(region)).isEqualTo(covered);
    }

    @Test
    void malformedTargetIsNeverCovered() {
        assertThat(RegionCode.NATIONAL.covers("DIY")).isFalse();
        assertThat(RegionCode.of("34").covers((String) null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "340", "34.4", "34.04.1", "34.04.01.201", "34..04", "34.04.", "DIY"})
    void rejectsMalformedCodes(String raw) {
        assertThatThrownBy(() -> RegionCode.of(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelsAndParents() {
        assertThat(RegionCode.of("34").level()).isEqualTo(1);
        assertThat(RegionCode.of("34.04").level()).isEqualTo(2);
        assertThat(RegionCode.of("34.04.01.2001").level()).isEqualTo(4);
        assertThat(RegionCode.of("34.04").parent()).isEqualTo(RegionCode.of("34"));
        assertThat(RegionCode.of("34").parent()).isEqualTo(RegionCode.NATIONAL);
        assertThat(RegionCode.of(" * ")).isSameAs(RegionCode.NATIONAL);
    }

    @Property(tries = 2000)
    void everyWellFormedCodeIsValid(@ForAll @Chars({'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'}) @StringLength(12) String digits,
            @ForAll @IntRange(min = 1, max = 4) int level) {
        String code = switch (level) {
            case 1 -> digits.substring(0, 2);
            case 2 -> digits.substring(0, 2) + "." + digits.substring(2, 4);
            case 3 -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6);
            default -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6, 10);
        };
        assertThat(RegionCode.isValid(code)).as(code).isTrue();
        assertThat(RegionCode.of(code).level()).isEqualTo(level);
    }
}
