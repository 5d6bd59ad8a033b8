package id.netral.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** bench/RESULTS.md (one table of the last run), bench/results.svg (its chart) and bench/HISTORY.md (every run's table). */
final class Results {
    private Results() {
    }

    /** Where and when a run was made: what a reader needs to compare two runs. */
    record Run(LocalDate date, String commit, String machine, String jvm, boolean quick, Duration took, String command) {
        /** Taken as the run starts: the commit is the one measured, even if the tree changes while it runs. */
        static Run starting(Path root, boolean quick, String[] args) {
            long memoryGiB = 0;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        memoryGiB = Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                    }
                }
            } catch (IOException e) {
                memoryGiB = Runtime.getRuntime().maxMemory() >> 30;
            }
            String machine = Runtime.getRuntime().availableProcessors() + " cores, " + memoryGiB + " GiB, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch");
            String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
            // JVM options other than the suites' own are part of what was measured
            String javaOptions = System.getenv("NETRAL_JAVA_OPTS");
            String command = ("./netral bench " + String.join(" ", args)).strip();
            return new Run(LocalDate.now(ZoneOffset.UTC), commit(root), machine, jvm, quick, Duration.ZERO,
                    javaOptions == null ? command : "NETRAL_JAVA_OPTS=\"" + javaOptions + "\" " + command);
        }

        Run took(Duration took) {
            return new Run(date, commit, machine, jvm, quick, took, command);
        }

        /** The commit measured, marked when the working tree had changes not committed. */
        private static String commit(Path root) {
            String head = git(root, "rev-parse", "--short", "HEAD");
            if (head.isEmpty()) {
                return "unknown";
            }
            return git(root, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + " with changes not committed";
        }

        private static String git(Path root, String... command) {
            try {
                Process p = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("git", "-C", root.toString()),
                        java.util.stream.Stream.of(command)).toList()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return p.waitFor() == 0 ? out : "";
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }

    static String markdown(List<Figure> figures, Map<String, String> failures, Run run) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append(String.format(Locale.ROOT, "%s, commit %s, %s, %s; `%s` took %d min %02d s.%n%n", run.date(), run.commit(), run.machine(),
                run.jvm(), run.command(), run.took().toMinutes(), run.took().toSecondsPart()));
        if (run.quick()) {
            md.append("A quick run: every benchmark small and short, to show that each runs and yields its figures. "
                    + "Its figures are not comparable with the goals or with a full run.\n\n");
        } else {
            md.append("Every ratio is against a baseline measured in the same run on the same machine. "
                    + "The chart is [results.svg](results.svg); earlier runs are in [HISTORY.md](HISTORY.md); "
                    + "`./netral bench` writes this file again.\n\n");
        }
        md.append(table(figures, failures));
        long goals = figures.stream().filter(f -> f.goal() != null).count();
        long met = figures.stream().filter(f -> Boolean.TRUE.equals(f.met())).count();
        md.append(String.format(Locale.ROOT, "%n%d figures, %d with a goal, %d of them met.%n", figures.size(), goals, met));
        return md.toString();
    }

    private static String table(List<Figure> figures, Map<String, String> failures) {
        StringBuilder md = new StringBuilder("| benchmark | figure | value | baseline | ratio | goal | met |\n|---|---|---:|---|---:|---|---|\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", f.benchmark(), f.name(), f.formattedValue(),
                    f.baseline() == null ? "" : f.baseline(), f.hasRatio() ? ratio(f.ratio()) : "",
                    f.goal() == null ? "" : f.goal().text(f.unit()), f.goal() == null ? "" : f.met() ? "yes" : "**no**"));
        }
        failures.forEach((name, why) -> md.append("| ").append(name).append(" | **failed** | | | | | ").append(why.replace("|", "/")).append(" |\n"));
        return md.toString();
    }

    /** Three decimals below 1, so that 0.349 is not shown as a 0.35 that missed a goal of 0.35. */
    static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio < 1 ? "%.3f" : "%.2f", ratio);
    }

    /** Adds the run's table to the history (newest last), which keeps every run's figures. */
    static void appendToHistory(Path history, List<Figure> figures, Map<String, String> failures, Run run) throws IOException {
        String section = String.format(Locale.ROOT, "%n## %s, commit %s (`%s`, %s, %s)%n%n%s", run.date(), run.commit(), run.command(),
                run.machine(), run.jvm(), table(figures, failures));
        Files.writeString(history, section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static final int WIDTH = 880;
    private static final int LABEL = 400;
    private static final int ROW = 22;
    private static final double SCALE_MAX = 2.0;

    /**
     * Each figure with a goal as a bar of its attainment (the figure over its goal, or the goal over
     * the figure where the goal caps it): the line at 1 is the goal, bars reaching it are met. Bars
     * beyond twice the goal are cut and say so.
     */
    static String svg(List<Figure> figures, Run run) {
        List<Figure> charted = figures.stream().filter(f -> f.goal() != null).toList();
        int plot = WIDTH - LABEL - 150;
        int top = 56;
        int height = top + charted.size() * ROW + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-labelledby=\"title\">%n", WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<title id=\"title\">Netral benchmarks against their goals, %s, commit %s%s</title>%n",
                run.date(), escape(run.commit()), run.quick() ? " (quick run)" : ""));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Each figure against its goal "
                + "(1 = the goal; green met, red not)</text>%n<text x=\"10\" y=\"38\" fill=\"#555\">%s, commit %s, %s%s</text>%n",
                run.date(), escape(run.commit()), escape(run.machine()), run.quick() ? ", quick run: not comparable with the goals" : ""));
        double goalX = LABEL + plot / SCALE_MAX;
        int bottom = top + charted.size() * ROW;
        // the goal's line first, so that the figures' labels are written over it
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>%n",
                goalX, top - 4, goalX, bottom + 4));
        for (int i = 0; i < charted.size(); i++) {
            Figure f = charted.get(i);
            int y = top + i * ROW;
            double attainment = f.attainment();
            double width = Math.min(attainment, SCALE_MAX) / SCALE_MAX * plot;
            String colour = f.met() ? "#2b8a3e" : "#c92a2a";
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LABEL - 8, y + 14,
                    escape(f.benchmark() + ": " + f.name())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", LABEL, y + 3,
                    width, ROW - 6, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s%s (goal %s)</text>%n", LABEL + width + 6, y + 14,
                    escape(f.goal().basis() == Goal.Basis.RATIO ? ratio(f.ratio()) + " ×" : f.formattedValue()),
                    attainment > SCALE_MAX ? " »" : "", escape(f.goal().text(f.unit()))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">goal</text>%n", goalX, bottom + 20));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">2 × goal</text>%n", LABEL + plot, bottom + 20));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">0</text>%n", LABEL, bottom + 20));
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
