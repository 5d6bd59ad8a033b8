package id.netral.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    @Test
    void acceptsAWellFormedPnsNumber() {
        Nip nip = Nip.of("198503122010011004", EmploymentType.PNS);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(nip.genderDigit()).isEqualTo(1);
        assertThat(Nip.mask(nip.value())).isEqualTo("1985***********004");
    }

    @Test
    void acceptsAWellFormedPppkNumber() {
        // birth 1990-07-01, appointed 2023, field 21, female, sequence 017
        Nip nip = Nip.of("199007012023212017", EmploymentType.PPPK);
        assertThat(nip.genderDigit()).isEqualTo(2);
        assertThat(nip.type()).isEqualTo(EmploymentType.PPPK);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19850312201001100, 18 digits",
            "1985031220100110045, 18 digits",
            "19850312201001100X, digits only",
            "198502302010011004, birth date",
            "198513012010011004, birth date",
            "198503122010131004, start of service",
            "198503122010003004, start of service",
            "198503121980011004, not after birth date",
            "198503122010013004, gender digit",
            "198503122010010004, gender digit",
            "198503122010011000, sequence",
            "203003122050011004, plausible",
    })
    void rejectsBrokenPnsNumbers(String raw, String reason) {
        assertThatThrownBy(() -> Nip.of(raw, EmploymentType.PNS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void pppkNumberWithFieldThatIsNotAMonthIsStillValid() {
        // digits 13-14 of a PPPK number are not a month, so 21 must pass for PPPK and fail for PNS
        assertThat(Nip.of("199007012023212017", EmploymentType.PPPK).value()).isEqualTo("199007012023212017");
        assertThatThrownBy(() -> Nip.of("199007012023212017", EmploymentType.PNS))
                .hasMessageContaining("start of service");
    }

    @Test
    void pppkAppointmentMustFollowBirth() {
        assertThatThrownBy(() -> Nip.of("199007011989212017", EmploymentType.PPPK))
                .hasMessageContaining("year of appointment");
    }

    @Test
    void nonAsnStaffHaveNoNip() {
        assertThatThrownBy(() -> Nip.of("198503122010011004", EmploymentType.NON_ASN))
                .hasMessageContaining("NON_ASN");
    }

    @Test
    void missingNipIsRejected() {
        assertThatThrownBy(() -> Nip.of(null, EmploymentType.PNS)).hasMessageContaining("missing");
        assertThatThrownBy(() -> Nip.of("  ", EmploymentType.PNS)).hasMessageContaining("missing");
    }

    @Property
    void everyStructurallyValidPnsNumberParses(
            @ForAll @IntRange(min = 1940, max = 2000) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 18, max = 25) int serviceAfter,
            @ForAll @IntRange(min = 1, max = 12) int tmtMonth, @ForAll @IntRange(min = 1, max = 2) int gender,
            @ForAll @IntRange(min = 1, max = 999) int sequence) {
        String raw = String.format("%04d%02d%02d%04d%02d%d%03d", year, month, day, year + serviceAfter, tmtMonth, gender,
                sequence);
        Nip nip = Nip.of(raw, EmploymentType.PNS);
        assertThat(nip.value()).isEqualTo(raw);
        assertThat(Nip.mask(nip.value())).startsWith(raw.substring(0, 4)).endsWith(raw.substring(15)).contains("*");
    }

    @Property
    void anythingThatIsNotEighteenDigitsIsRejected(@ForAll @StringLength(max = 30) String raw) {
        if (Nip.looksLikeNip(raw)) {
            return;
        }
        assertThatThrownBy(() -> Nip.of(raw, EmploymentType.PNS)).isInstanceOf(IllegalArgumentException.class);
    }
}
