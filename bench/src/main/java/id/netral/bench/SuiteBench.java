package id.netral.bench;

import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmarks the running suite, started exactly as {@code ./netral up} starts it, and reports
 * every figure as a ratio against a baseline measured in the same run on the same machine:
 * classifications against {@code /q/health/live} of the same rules process: one act sent again
 * and again, and a mix of different acts. The roster's figures (import, lookups, name search) are
 * {@link RosterBench}'s. It also holds the wrk helpers the other benchmarks share.
 * Alone: {@code SuiteBench SECONDS} (default 15); in {@code ./netral bench} as "classification". Needs wrk on the PATH.
 */
public final class SuiteBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SuiteBench() {
    }

    public static void main(String[] args) throws Exception {
        Bench.standalone("classification", SuiteBench::run, Scale.FULL.withSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 15));
    }

    /** Classification of one act, then of 200 different acts in turn, each against health of the same process. */
    static List<Figure> run(Suite suite, Scale scale) throws Exception {
        Path out = BenchSuite.out();
        String admin = "Bearer " + suite.keys().mint(List.of("admin"), "*", Duration.ofHours(2), "bench", null);
        String rules = suite.url(RULES);
        String health = suite.managementUrl(RULES) + "/q/health/live";
        String bawaslu = "Bearer " + suite.keys().mint(List.of("bawaslu"), "34", Duration.ofHours(2), "bench", null);
        // the in-process classifier benchmark classifies against what rules-service serves
        CatalogLoader.export(HTTP, rules, admin, BenchSuite.root().resolve(CatalogLoader.FILE));

        String json = "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.headers[\"Authorization\"] = \"" + bawaslu + "\"\n";
        Path single = out.resolve("classify.lua");
        Files.writeString(single, json + "wrk.body = '" + SINGLE_ACT + "'\n");
        int warmUp = scale.quick() ? scale.warmUpSeconds() : CLASSIFY_WARM_UP;
        Compared one = compare(health, rules + "/api/v1/classifications", single, scale, warmUp);
        Path mixed = out.resolve("classify-mix.lua");
        Files.writeString(mixed, json + mixedActs());
        Compared many = compare(health, rules + "/api/v1/classifications", mixed, scale, warmUp);
        List<Figure> figures = new ArrayList<>(List.of(one.figure("classification", "one act, classifications/s", "req/s",
                Goal.ratioAtLeast(0.6)), many.figure("classification", MIXED_ACTS + " different acts in turn, classifications/s", "req/s",
                Goal.ratioAtLeast(0.6))));
        figures.addAll(ProcessMemory.afterLoad("classification", suite, RULES));
        return figures;
    }

    private static final ServiceSpec RULES = ServiceSpec.SUITE.get(1);
    private static final int ROUNDS = 5;
    /**
     * Warm-up before the classification rounds: on 2 cores the JIT needs about 30 s of load before
     * the classification path stops getting faster (15 k req/s in the first 30 s, 23 k after).
     */
    private static final int CLASSIFY_WARM_UP = 30;
    private static final String SINGLE_ACT =
            "{\"employmentType\":\"PNS\",\"act\":\"SOCIAL_MEDIA_LIKE\",\"occurredOn\":\"2024-10-30\",\"election\":\"PILKADA_2024\"}";
    private static final int MIXED_ACTS = 200;
    private static final String[] ACTS = {"SOCIAL_MEDIA_POST", "SOCIAL_MEDIA_COMMENT", "SOCIAL_MEDIA_SHARE", "SOCIAL_MEDIA_LIKE",
        "SOCIAL_MEDIA_FOLLOW", "SOCIAL_MEDIA_CAMPAIGN", "TAGGED_BY_OTHERS", "PHOTO_WITH_CANDIDATE", "BANNER_OR_PROPS",
        "ATTEND_CAMPAIGN", "ATTEND_DECLARATION", "CAMPAIGN_TEAM_ROLE", "EXPERT_TEAM", "PARTY_MEMBERSHIP", "APPROACH_PARTY",
        "SUPPORT_INDEPENDENT_CANDIDATE_ID", "PARTISAN_ACTIVITY", "FAVOURING_DECISION", "USE_STATE_FACILITIES",
        "ACCOMPANY_SPOUSE_REGISTRATION", "SPEAKER_AT_CAMPAIGN", "HATE_SPEECH_OR_HOAX", "MONEY_POLITICS", "VOTE"};

    /**
     * A wrk script sending {@value #MIXED_ACTS} different classifications in turn (every act, the
     * three employment types, dates across the 2024 regional election from before candidates were
     * set to after the vote), so that answers of every verdict and size are measured, not one.
     */
    private static String mixedActs() {
        java.util.Random random = new java.util.Random(7);
        String[] types = {"PNS", "PPPK", "NON_ASN"};
        StringBuilder lua = new StringBuilder("local bodies = {\n");
        for (int i = 0; i < MIXED_ACTS; i++) {
            LocalDate day = LocalDate.of(2024, 6, 1).plusDays(random.nextInt(180));
            lua.append(String.format(Locale.ROOT,
                    "  '{\"employmentType\":\"%s\",\"act\":\"%s\",\"occurredOn\":\"%s\",\"election\":\"PILKADA_2024\"}',%n",
                    types[random.nextInt(types.length)], ACTS[random.nextInt(ACTS.length)], day));
        }
        return lua.append("}\nlocal requests = {}\n")
                .append("init = function(args) for i, body in ipairs(bodies) do requests[i] = wrk.format(nil, nil, nil, body) end end\n")
                .append("local n = 0\nrequest = function() n = n % #requests + 1; return requests[n] end\n").toString();
    }

    /**
     * Baseline and target measured in turn, {@code scale.rounds()} times, after one warm-up of each,
     * so that drift of the machine (the health endpoint alone varied from 31 k to 59 k req/s between
     * runs) hits both sides; the median of the per-round ratios is the figure's ratio.
     */
    static Compared compare(String baselineUrl, String targetUrl, Path targetScript, Scale scale, int warmUp) throws Exception {
        load(baselineUrl, null, Math.max(2, warmUp));
        load(targetUrl, targetScript, Math.max(2, warmUp));
        List<Double> ratios = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Double> baselines = new ArrayList<>();
        StringBuilder rounds = new StringBuilder();
        for (int i = 0; i < scale.rounds(); i++) {
            double baseline = load(baselineUrl, null, scale.seconds());
            double target = load(targetUrl, targetScript, scale.seconds());
            ratios.add(target / baseline);
            targets.add(target);
            baselines.add(baseline);
            rounds.append(String.format(Locale.ROOT, "%s%.0f/%.0f", i == 0 ? "" : ", ", target, baseline));
        }
        System.out.println("target/baseline req/s per round: " + rounds);
        return new Compared(median(ratios), median(targets), median(baselines));
    }

    /** Target against baseline, rounds in turn: the median ratio of the rounds, and the medians of each side's throughput. */
    record Compared(double ratio, double target, double baseline) {
        Figure figure(String benchmark, String name, String unit, Goal goal) {
            return new Figure(benchmark, name, target, unit, String.format(Locale.ROOT, "health %,.0f req/s", baseline), ratio, goal);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static double load(String url, Path script, int seconds) throws Exception {
        return run(url, script, seconds).requestsPerSecond();
    }

    /** One wrk run: throughput, the 99th percentile of latency, and how many requests completed. */
    record Run(double requestsPerSecond, double p99Millis, long requests) {
    }

    /** Runs wrk (-t2 -c32, with latency percentiles) and fails on any non-2xx answer. */
    static Run run(String url, Path script, int seconds) throws Exception {
        return run(url, script, seconds, 32);
    }

    /** Runs wrk with two threads and this many connections. */
    static Run run(String url, Path script, int seconds, int connections) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--latency"));
        if (script != null) {
            command.add("-s");
            command.add(script.toString());
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        System.out.println(String.join(" ", command.subList(0, command.size() - 1)) + " " + url + "\n" + output);
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        if (non2xx.find()) {
            throw new IllegalStateException("wrk saw " + non2xx.group(1) + " failed responses from " + url);
        }
        if (!m.find()) {
            throw new IllegalStateException("no throughput in wrk output");
        }
        Matcher p99 = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)").matcher(output);
        double p99Millis = Double.NaN;
        if (p99.find()) {
            double value = Double.parseDouble(p99.group(1));
            p99Millis = switch (p99.group(2)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
        }
        Matcher requests = Pattern.compile("(\\d+) requests in").matcher(output);
        return new Run(Double.parseDouble(m.group(1)), p99Millis, requests.find() ? Long.parseLong(requests.group(1)) : -1);
    }

    static void post(String url, String token, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
    }
}
