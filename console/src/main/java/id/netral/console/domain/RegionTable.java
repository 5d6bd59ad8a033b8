package id.netral.console.domain;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cases by province and, within each, by regency or city: case-service counts by the person's
 * region code, which may be a province (a provincial agency's staff), a regency or a place below
 * it; a place below a regency is counted in its regency. Cases whose person the roster has not
 * named yet ({@link #UNRESOLVED}) are counted apart.
 */
@TemplateData
public record RegionTable(List<Province> provinces, long unresolved, long total) {
    /** case-service's key for cases whose person's region is not known yet. */
    public static final String UNRESOLVED = "UNRESOLVED";

    /** A province, its own cases (staff of the province itself) and its regencies. */
    @TemplateData
    public record Province(String code, String name, long count, long own, List<Regency> regencies) {
    }

    /** A regency or city and the cases of people there. */
    @TemplateData
    public record Regency(String code, String name, long count) {
    }

    /**
     * The regency and province codes whose names the table shows for these counted codes, regencies
     * first: the roster names a region with its parents, so most provinces need no question of their own.
     */
    public static Set<String> named(List<String> codes) {
        Set<String> named = new LinkedHashSet<>();
        codes.stream().filter(code -> !UNRESOLVED.equals(code)).forEach(code -> regency(code).ifPresent(named::add));
        codes.stream().filter(code -> !UNRESOLVED.equals(code)).forEach(code -> named.add(province(code)));
        return named;
    }

    /** The table of {@code counts} by region code, named by {@code name} (the code itself when it has none). */
    public static RegionTable of(List<String> codes, List<Long> counts, Function<String, String> name) {
        Map<String, Long> byProvince = new LinkedHashMap<>();
        Map<String, Long> ownByProvince = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byRegency = new LinkedHashMap<>();
        long unresolved = 0;
        long total = 0;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            long count = counts.get(i);
            total += count;
            if (UNRESOLVED.equals(code)) {
                unresolved += count;
                continue;
            }
            String province = province(code);
            byProvince.merge(province, count, Long::sum);
            byRegency.computeIfAbsent(province, p -> new LinkedHashMap<>());
            regency(code).ifPresentOrElse(r -> byRegency.get(province).merge(r, count, Long::sum),
                    () -> ownByProvince.merge(province, count, Long::sum));
        }
        List<Province> provinces = new ArrayList<>();
        byProvince.forEach((code, count) -> {
            List<Regency> regencies = new ArrayList<>();
            byRegency.get(code).forEach((r, n) -> regencies.add(new Regency(r, name.apply(r), n)));
            regencies.sort(Comparator.comparingLong(Regency::count).reversed().thenComparing(Regency::code));
            provinces.add(new Province(code, name.apply(code), count, ownByProvince.getOrDefault(code, 0L), regencies));
        });
        provinces.sort(Comparator.comparingLong(Province::count).reversed().thenComparing(Province::code));
        return new RegionTable(provinces, unresolved, total);
    }

    /** The provinces as a chart, largest first, and the cases whose region is not known yet last, named {@code unresolvedLabel}. */
    public BarChart chart(String id, String title, String unresolvedLabel) {
        List<Long> counts = new ArrayList<>(provinces.stream().map(Province::count).toList());
        List<String> codes = new ArrayList<>(provinces.stream().map(Province::code).toList());
        if (unresolved > 0) {
            counts.add(unresolved);
            codes.add(UNRESOLVED);
        }
        return BarChart.counts(id, title, counts, codes, code -> UNRESOLVED.equals(code) ? unresolvedLabel
                : provinces.stream().filter(p -> p.code().equals(code)).findFirst().map(Province::name).orElse(code));
    }

    public boolean isEmpty() {
        return total == 0;
    }

    private static String province(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    private static java.util.Optional<String> regency(String code) {
        int first = code.indexOf('.');
        if (first < 0) {
            return java.util.Optional.empty();
        }
        int second = code.indexOf('.', first + 1);
        return java.util.Optional.of(second < 0 ? code : code.substring(0, second));
    }
}
