package id.netral.bench;

import java.util.Locale;

/**
 * One figure of a benchmark run, as bench/RESULTS.md lists it: what was measured, its value, the
 * baseline measured in the same run (when there is one) and the ratio to it, and the goal issue 28
 * set for it (when there is one).
 *
 * @param ratio value / baseline, NaN when the figure has no baseline
 * @param goal  null when no goal was set for this figure
 */
record Figure(String benchmark, String name, double value, String unit, String baseline, double ratio, Goal goal) {
    Figure {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(benchmark + ": " + name + " has no value");
        }
    }

    /** A figure without a baseline. */
    static Figure of(String benchmark, String name, double value, String unit, Goal goal) {
        return new Figure(benchmark, name, value, unit, null, Double.NaN, goal);
    }

    /** A figure measured against a baseline of the same run: the ratio is value / baselineValue. */
    static Figure against(String benchmark, String name, double value, String unit, String baseline, double baselineValue, Goal goal) {
        return new Figure(benchmark, name, value, unit, baseline, value / baselineValue, goal);
    }

    boolean hasRatio() {
        return !Double.isNaN(ratio);
    }

    /** Whether the goal is met; null when the figure has none. */
    Boolean met() {
        return goal == null ? null : goal.metBy(this);
    }

    /** How far the figure is from its goal: 1 at the goal, above 1 when met (for goals that cap, goal / figure). */
    double attainment() {
        return goal.attainment(this);
    }

    String formattedValue() {
        return format(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
