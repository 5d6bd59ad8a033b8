package id.netral.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What ./netral bench writes: goals judged on the right side, the table, a chart that parses, the history kept. */
class ResultsTest {
    private static final Results.Run RUN = new Results.Run(LocalDate.of(2026, 12, 5), "abc1234", "2 cores, 24 GiB, Linux amd64",
            "OpenJDK 64-Bit Server VM 17.0.15", false, Duration.ofSeconds(95), "./netral bench");

    private final Figure lookups = new Figure("roster", "account lookups/s, 32 connections", 28_000, "req/s", "health 93,000 req/s",
            0.30, Goal.ratioAtLeast(0.35));
    private final Figure webhooks = Figure.against("notification", "webhook deliveries/s", 2_100, "deliveries/s", "health 30,000 req/s",
            30_000, Goal.valueAtLeast(2000));
    private final Figure rss = Figure.of("startup", "rules-service RSS idle", 217, "MB", Goal.valueAtMost(200));
    private final Figure start = Figure.against("startup", "rules-service alone, launch to ready", 2_400, "ms", "minimal app 1,228 ms",
            1_228, Goal.ratioAtMost(2));
    private final Figure copy = Figure.against("roster", "import, s", 11.6, "s", "COPY 10.0 s", 10.0, null);

    @Test
    void goalsAreJudgedOnTheirBasisAndDirection() {
        assertThat(lookups.met()).isFalse();
        assertThat(lookups.attainment()).isCloseTo(0.30 / 0.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(webhooks.met()).isTrue();
        assertThat(webhooks.ratio()).isCloseTo(0.07, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rss.met()).isFalse();
        assertThat(rss.attainment()).isLessThan(1);
        assertThat(start.met()).isTrue();
        assertThat(start.attainment()).isGreaterThan(1);
        assertThat(copy.met()).isNull();
        assertThatThrownBy(() -> Figure.of("x", "no value", Double.NaN, "ms", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figure.of("x", "a ratio goal without a baseline", 1, "ms", Goal.ratioAtLeast(1)).met())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTableListsEveryFigureWithBaselineRatioGoalAndFailures() {
        String md = Results.markdown(List.of(lookups, webhooks, rss, start, copy), Map.of("intake", "IllegalStateException: 3 duplicates"), RUN);
        assertThat(md).contains("2026-12-05, commit abc1234, 2 cores, 24 GiB", "`./netral bench` took 1 min 35 s")
                .contains("| roster | account lookups/s, 32 connections | 28,000 req/s | health 93,000 req/s | 0.300 | ≥ 0.35 × baseline | **no** |")
                .contains("| notification | webhook deliveries/s | 2,100 deliveries/s | health 30,000 req/s | 0.070 | ≥ 2,000 deliveries/s | yes |")
                .contains("| startup | rules-service RSS idle | 217 MB |  |  | ≤ 200 MB | **no** |")
                .contains("| roster | import, s | 11.6 s | COPY 10.0 s | 1.16 |  |  |")
                .contains("| intake | **failed** |", "3 duplicates")
                .contains("5 figures, 4 with a goal, 2 of them met.");
    }

    @Test
    void theChartHasOneBarPerGoalColouredByWhetherItIsMet() throws Exception {
        String svg = Results.svg(List.of(lookups, webhooks, rss, start, copy), RUN);
        Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        NodeList rects = chart.getElementsByTagName("rect");
        // the background, then one bar per figure with a goal (the import has none)
        assertThat(rects.getLength()).isEqualTo(1 + 4);
        assertThat(((Element) rects.item(1)).getAttribute("fill")).isEqualTo("#c92a2a");
        assertThat(((Element) rects.item(2)).getAttribute("fill")).isEqualTo("#2b8a3e");
        double lookupsBar = Double.parseDouble(((Element) rects.item(1)).getAttribute("width"));
        double startBar = Double.parseDouble(((Element) rects.item(4)).getAttribute("width"));
        assertThat(lookupsBar).isLessThan(startBar);
        assertThat(svg).contains("0.300 × (goal ≥ 0.35 × baseline)", "217 MB (goal ≤ 200 MB)").doesNotContain("import");
    }

    @Test
    void eachFullRunAddsItsTableToTheHistory(@TempDir Path folder) throws Exception {
        Path history = folder.resolve("HISTORY.md");
        Files.writeString(history, "# Benchmark history\n");
        Results.appendToHistory(history, List.of(lookups), Map.of(), RUN);
        Results.appendToHistory(history, List.of(webhooks), Map.of(), RUN);
        assertThat(Files.readString(history)).startsWith("# Benchmark history\n")
                .containsSubsequence("## 2026-12-05, commit abc1234", "account lookups/s", "## 2026-12-05, commit abc1234", "webhook deliveries/s");
    }
}
