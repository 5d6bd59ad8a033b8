package id.netral.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines and stages are local dates: the region's zone decides what day an instant falls on. */
class RegionTimeZoneTest {

    @ParameterizedTest
    @CsvSource({"34.04, Asia/Jakarta", "13.02, Asia/Jakarta", "61.71, Asia/Jakarta", "51.71, Asia/Makassar",
            "64.72, Asia/Makassar", "73.71, Asia/Makassar", "81.71, Asia/Jayapura", "94.71, Asia/Jayapura",
            "*, Asia/Jakarta", "36, Asia/Jakarta", "76, Asia/Makassar", "91, Asia/Jayapura", "62.01, Asia/Jakarta",
            "63.71, Asia/Makassar"})
    void eachProvinceHasItsZone(String region, String zone) {
        assertThat(RegionCode.of(region).timeZone().getId()).isEqualTo(zone);
    }
}
