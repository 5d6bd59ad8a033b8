package id.netral.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.console.domain.BarChart;
import id.netral.console.domain.RegionTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's cases by province and regency, from case-service's counts by the person's region code. */
class RegionTableTest {
    private static final Map<String, String> NAMES = Map.of("34", "DI Yogyakarta", "34.04", "Kabupaten Sleman", "34.71", "Kota Yogyakarta",
            "33", "Jawa Tengah", "33.74", "Kota Semarang");

    @Test
    void placesBelowARegencyCountInItAndAProvincesOwnStaffCountApart() {
        RegionTable table = RegionTable.of(List.of("34.04", "34.04.01", "34.71", "34", "33.74", "UNRESOLVED"), List.of(5L, 2L, 3L, 4L, 6L, 1L),
                code -> NAMES.getOrDefault(code, code));

        assertThat(table.total()).isEqualTo(21);
        assertThat(table.unresolved()).isEqualTo(1);
        assertThat(table.provinces()).extracting(RegionTable.Province::code).containsExactly("34", "33");
        RegionTable.Province diy = table.provinces().get(0);
        assertThat(diy.name()).isEqualTo("DI Yogyakarta");
        assertThat(diy.count()).isEqualTo(14);
        assertThat(diy.own()).as("staff of the province itself").isEqualTo(4);
        assertThat(diy.regencies()).containsExactly(new RegionTable.Regency("34.04", "Kabupaten Sleman", 7),
                new RegionTable.Regency("34.71", "Kota Yogyakarta", 3));
        assertThat(table.provinces().get(1).regencies()).containsExactly(new RegionTable.Regency("33.74", "Kota Semarang", 6));
    }

    @Test
    void theChartHasAProvinceABarAndTheUnknownLast() {
        RegionTable table = RegionTable.of(List.of("UNRESOLVED", "33.74", "34.04"), List.of(9L, 1L, 2L), code -> NAMES.getOrDefault(code, code));

        BarChart chart = table.chart("region", "by province", "not known yet");

        assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("DI Yogyakarta", "Jawa Tengah", "not known yet");
        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly(2L, 1L, 9L);
        assertThat(chart.total()).isEqualTo(12);
    }

    @Test
    void regenciesAreNamedBeforeProvincesAndAnUnnamedCodeShowsAsItself() {
        assertThat(RegionTable.named(List.of("34", "34.04.01", "UNRESOLVED", "33.74"))).containsExactly("34.04", "33.74", "34", "33");

        RegionTable table = RegionTable.of(List.of("91.05"), List.of(1L), code -> code);
        assertThat(table.provinces().get(0).name()).isEqualTo("91");
        assertThat(table.provinces().get(0).regencies().get(0).name()).isEqualTo("91.05");
        assertThat(RegionTable.of(List.of(), List.of(), code -> code).isEmpty()).isTrue();
    }
}
