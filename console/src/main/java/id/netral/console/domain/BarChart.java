package id.netral.console.domain;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.function.Function;

/**
 * One dashboard chart: horizontal bars drawn as inline SVG by the page (no chart library, no
 * outside service), with the same numbers in a table beside it for screen readers and print.
 * A bar's length is its value against the largest; a rate's against 100 %.
 */
@TemplateData
public record BarChart(String id, String title, long total, List<Bar> bars, boolean percent) {
    /** Where bars start (after their labels) and how long the longest is, in SVG units. */
    public static final int LABEL_WIDTH = 200;
    public static final int BAR_WIDTH = 260;
    public static final int ROW_HEIGHT = 26;

    /** One bar: its words, the code it stands for, its value and where the SVG draws it. */
    @TemplateData
    public record Bar(String label, String code, long value, int length, int y, String shown) {
        /** The label as the SVG prints it beside its bar: long ones cut (the table and the bar's title hold it whole). */
        public String getShortLabel() {
            return label.length() <= 28 ? label : label.substring(0, 27) + "\u2026";
        }
    }

    /** Counts, the largest first as the API answers them; {@code label} names a code in the viewer's language. */
    public static BarChart counts(String id, String title, List<Long> values, List<String> codes, Function<String, String> label) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        long total = values.stream().mapToLong(Long::longValue).sum();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long value = values.get(i);
            bars.add(new Bar(label.apply(codes.get(i)), codes.get(i), value, max == 0 ? 0 : (int) Math.max(2, value * BAR_WIDTH / max),
                    i * ROW_HEIGHT, Long.toString(value)));
        }
        return new BarChart(id, title, total, bars, false);
    }

    /** Rates in percent (acknowledged of delivered, say): each bar against 100. */
    public static BarChart rates(String id, String title, List<String> labels, List<Long> parts, List<Long> wholes) {
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long whole = wholes.get(i);
            long percent = whole == 0 ? 0 : Math.round(100.0 * parts.get(i) / whole);
            bars.add(new Bar(labels.get(i), labels.get(i), percent, (int) (percent * BAR_WIDTH / 100), i * ROW_HEIGHT,
                    percent + " % (" + parts.get(i) + "/" + whole + ")"));
        }
        return new BarChart(id, title, labels.size(), bars, true);
    }

    public int getHeight() {
        return Math.max(1, bars.size()) * ROW_HEIGHT + 4;
    }

    public int getWidth() {
        return LABEL_WIDTH + BAR_WIDTH + 110;
    }

    public int getBarStart() {
        return LABEL_WIDTH;
    }
}
