package id.netral.bench;

import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case intake under load, on the suite as {@code ./netral up} runs it: Bawaslu files findings about
 * employees of the roster (by NIP, each a different post), so every request resolves the person
 * through roster-service, classifies through rules-service and writes the case, its audit event and
 * its outbox event. Throughput and p99 against case-service's own health endpoint, then the count of
 * cases in the database against the answers wrk received: nothing may be lost.
 * In {@code ./netral bench} as "intake"; alone:
 *   CaseBench [SECONDS] [--hold]    default 15 s per round; --hold keeps the loaded suite up for
 *                                   profiling by hand and measures nothing
 */
public final class CaseBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int EMPLOYEES = 10_000;

    private CaseBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 15;
        if (List.of(args).contains("--hold")) {
            try (Suite suite = BenchSuite.start("suite")) {
                Path script = load(suite, EMPLOYEES);
                System.out.println("holding: case-service " + suite.url(CASES) + " (pid " + suite.pid(CASES) + "), wrk script " + script);
                Thread.sleep(Long.MAX_VALUE);
            }
        }
        Bench.standalone("intake", CaseBench::run, Scale.FULL.withSeconds(seconds));
    }

    private static final ServiceSpec CASES = ServiceSpec.SUITE.get(2);

    /**
     * A full run holds the last round this long: the "held" figure, as the three-minute runs of the
     * ninth session measured it, whose outbox is followed to see the relay keep pace.
     */
    private static final int HELD_SECONDS = 180;

    /**
     * Intake against health, rounds in turn after a warm-up (the cold run: the suite just started),
     * then one round held for minutes whose outbox is followed, then the count of cases stored.
     */
    static List<Figure> run(Suite suite, Scale scale) throws Exception {
        String cases = suite.url(CASES);
        Path script = load(suite, scale.employees());
        SuiteBench.Compared cold = SuiteBench.compare(suite.managementUrl(CASES) + "/q/health/live", cases + "/api/v1/cases", script,
                scale, scale.quick() ? scale.warmUpSeconds() : scale.seconds());
        long stored;
        long duplicates;
        SuiteBench.Run held;
        Relay relay;
        try (Connection c = DriverManager.getConnection(suite.jdbcUrl("cases"), Suite.DB_USER, Suite.DB_USER)) {
            Timestamp roundStart = now(c);
            held = SuiteBench.run(cases + "/api/v1/cases", script, scale.quick() ? scale.seconds() : HELD_SECONDS);
            Timestamp roundEnd = now(c);
            relay = relay(c, roundStart, roundEnd);
            Thread.sleep(2000);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*), count(*) FILTER (WHERE status = 'DUPLICATE') FROM case_file")) {
                r.next();
                stored = r.getLong(1);
                duplicates = r.getLong(2);
            }
        }
        System.out.println(String.format(Locale.ROOT, "case intake held: %,.0f cases/s, p99 %.1f ms, %,d answered",
                held.requestsPerSecond(), held.p99Millis(), held.requests()));
        System.out.println(String.format(Locale.ROOT, "cases stored after all rounds: %,d, of which %,d duplicates (should be none: every post is new)",
                stored, duplicates));
        System.out.println(relay);
        if (duplicates > 0) {
            throw new IllegalStateException(duplicates + " findings about new posts were stored as duplicates");
        }
        String health = String.format(Locale.ROOT, "health %,.0f req/s", cold.baseline());
        List<Figure> figures = new ArrayList<>(List.of(cold.figure("intake", "findings filed by NIP, rounds after start (cold), cases/s", "cases/s", Goal.valueAtLeast(600)),
                new Figure("intake", "findings filed by NIP, held " + (scale.quick() ? scale.seconds() : HELD_SECONDS) + " s, cases/s",
                        held.requestsPerSecond(), "cases/s", health, held.requestsPerSecond() / cold.baseline(), Goal.valueAtLeast(1000)),
                Figure.of("intake", "findings filed by NIP, held, p99", held.p99Millis(), "ms", null),
                Figure.of("intake", "outbox relayed by the end of the held round", relay.relayedShare(), "%", Goal.valueAtLeast(95)),
                Figure.of("intake", "outbox backlog drained after the held round", relay.drainSeconds(), "s", null)));
        figures.addAll(ProcessMemory.afterLoad("intake", suite, CASES));
        return figures;
    }

    /** Imports the employees findings are filed about, and writes the wrk script that files them (returned). */
    private static Path load(Suite suite, int employees) throws Exception {
        String roster = suite.url(ServiceSpec.SUITE.get(0));
        String bkpp = "Bearer " + suite.keys().mint(List.of("bkpp"), "34.04", Duration.ofHours(2), "bench-bkpp", null);
        String bawaslu = "Bearer " + suite.keys().mint(List.of("bawaslu"), "34.04", Duration.ofHours(2), "bench-bawaslu", null);
        send(roster + "/api/v1/agencies", bkpp, "{\"code\":\"INTAKE\",\"name\":\"Bench intake\",\"regionCode\":\"34.04\","
                + "\"ppk\":{\"name\":\"Bupati\",\"office\":\"Bupati\"}}");
        send(roster + "/api/v1/agencies/INTAKE/units", bkpp, "{\"code\":\"U1\",\"name\":\"Unit 1\"}");
        StringBuilder csv = new StringBuilder("nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n");
        for (int n = 0; n < employees; n++) {
            csv.append(nip(n)).append(",,Pegawai ").append(n).append(",PNS,INTAKE,U1,Guru,,ACTIVE\n");
        }
        String job = HTTP.send(HttpRequest.newBuilder(URI.create(roster + "/api/v1/imports")).header("Authorization", bkpp)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow();
        String state;
        while (!(state = HTTP.send(HttpRequest.newBuilder(URI.create(job)).header("Authorization", bkpp).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"COMPLETED\"")) {
            if (state.contains("\"FAILED\"")) {
                throw new IllegalStateException("import failed: " + state);
            }
            Thread.sleep(300);
        }
        Path script = BenchSuite.out().resolve("intake.lua");
        // every request a post of its own: wrk's threads each number theirs, and each run starts from its own time (with one
        // seed for all, both threads and every round sent the same posts again, and most cases were stored as duplicates)
        Files.writeString(script, "local threads = 0\nfunction setup(thread)\n  threads = threads + 1\n  thread:set(\"tid\", threads)\nend\n"
                + "function init(args)\n  run = os.time()\n  math.randomseed(run * 10 + tid)\nend\n"
                + "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.headers[\"Authorization\"] = \"" + bawaslu + "\"\nlocal n = 0\n"
                + "request = function()\n  n = n + 1\n  local e = math.random(0, " + (employees - 1) + ")\n"
                + "  return wrk.format(nil, nil, nil, '{\"source\":\"FINDING\",\"election\":\"PILKADA_2024\",\"act\":\"SOCIAL_MEDIA_LIKE\",'\n"
                + "    .. '\"reported\":{\"nip\":\"' .. " + nipExpression() + " .. '\"},\"occurredAt\":\"2024-10-30T09:15:00+07:00\",'\n"
                + "    .. '\"place\":\"Instagram\",\"evidence\":[{\"kind\":\"URL\",\"url\":\"https://www.instagram.com/p/B' .. "
                + "run .. 'x' .. tid .. 'x' .. n .. '/\"}]}')\nend\n");
        return script;
    }

    /**
     * Whether the outbox relay kept pace with intake: of the events written during the last round,
     * how many notification-service had taken when it ended, then how long the backlog took to drain
     * (up to three minutes).
     */
    private record Relay(long written, long relayedInRound, long backlog, long left, double drainSeconds) {
        double relayedShare() {
            return written == 0 ? 100.0 : 100.0 * relayedInRound / written;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "outbox relay: of %,d events written in the last round, %,d (%.0f %%) relayed by its end; "
                    + "backlog then %,d events, %s", written, relayedInRound, relayedShare(), backlog, left == 0
                    ? String.format(Locale.ROOT, "drained in %.1f s", drainSeconds)
                    : String.format(Locale.ROOT, "%,d still undelivered after 3 min", left));
        }
    }

    private static Relay relay(Connection c, Timestamp start, Timestamp end) throws Exception {
        long written;
        long relayedInRound;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE delivered_at <= ?)"
                + " FROM outbox_event WHERE occurred_at >= ? AND occurred_at < ?")) {
            p.setTimestamp(1, end);
            p.setTimestamp(2, start);
            p.setTimestamp(3, end);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                written = r.getLong(1);
                relayedInRound = r.getLong(2);
            }
        }
        long backlog = undelivered(c);
        long drainStart = System.nanoTime();
        long left = backlog;
        while (left > 0 && System.nanoTime() - drainStart < Duration.ofMinutes(3).toNanos()) {
            Thread.sleep(500);
            left = undelivered(c);
        }
        return new Relay(written, relayedInRound, backlog, left, (System.nanoTime() - drainStart) / 1e9);
    }

    private static long undelivered(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Timestamp now(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT clock_timestamp()")) {
            r.next();
            return r.getTimestamp(1);
        }
    }

    /** A valid NIP for employee n: born 1985-03-12, appointed in January of 2010 + n / 999, male, sequence n % 999 + 1. */
    private static String nip(int n) {
        return String.format("19850312%04d011%03d", 2010 + n / 999, n % 999 + 1);
    }

    /** The same NIP in the wrk script's Lua, for its random employee e. */
    private static String nipExpression() {
        return "string.format(\"19850312%04d011%03d\", 2010 + math.floor(e / 999), e % 999 + 1)";
    }

    private static void send(String url, String token, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
    }
}
