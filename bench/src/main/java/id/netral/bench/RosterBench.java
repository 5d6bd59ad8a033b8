package id.netral.bench;

import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * The roster at national scale, on the suite as {@code ./netral up} starts it; every figure is a
 * ratio or a percentile measured in the same run:
 * <ol>
 * <li>CSV import of ROWS employees through the API against a plain COPY of the same file into an
 * equivalent table (same columns, indexes and constraints); the database's size on disk after it;
 * roster-service's RSS before and at its highest during the import (sampled every 100 ms);</li>
 * <li>with 2×ROWS accounts added: single lookups ({@code GET /api/v1/accounts/lookup}) against
 * {@code GET /q/health/live} of the same process after a warm-up, with the lookups' p99;</li>
 * <li>batches of 1,000 URLs ({@code POST /api/v1/accounts/lookup}), one after another: p50, p99, max;</li>
 * <li>name search ({@code GET /api/v1/employees?q=}) with random name fragments (each in about one
 * name of 65, so common: walked in name order, not counted): p99 and the plans PostgreSQL chose.</li>
 * </ol>
 * In {@code ./netral bench} as "roster"; alone: {@code RosterBench ROWS SECONDS [--jfr] [--hold]}; SECONDS 0 runs the import only (the 6
 * million ASN run); {@code --hold} keeps the loaded suite up for profiling by hand. {@code --jfr} records roster-service with Java Flight Recorder during one lookup round
 * and prints where its samples fall ({@link JfrSummary}). Needs wrk on the PATH.
 */
public final class RosterBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String HEADER = "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n";
    static final String[] SYLLABLES = {"bu", "di", "san", "to", "so", "ri", "ah", "ma", "wa", "ti", "nur", "dew", "ka", "li"};
    private static final int WARM_UP_SECONDS = 60;
    private static final int BATCH = 1000;
    private static final int BATCH_RUNS = 100;

    private RosterBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        boolean jfr = List.of(args).contains("--jfr");
        boolean hold = List.of(args).contains("--hold");
        Scale full = Scale.FULL;
        Scale scale = new Scale(false, seconds, full.warmUpSeconds(), full.rounds(), rows, full.employees(), full.events(),
                full.recipients(), full.startRounds());
        Bench.standalone("roster", (suite, s) -> measure(suite, s, jfr, hold), scale);
    }

    static List<Figure> run(Suite suite, Scale scale) throws Exception {
        return measure(suite, scale, false, false);
    }

    /** The import against COPY; then, unless the scale's seconds are 0, lookups, batches and name search. */
    private static List<Figure> measure(Suite suite, Scale scale, boolean jfr, boolean hold) throws Exception {
        int rows = scale.rows();
        Path out = BenchSuite.out();
        List<Figure> figures = new ArrayList<>();
        String admin = "Bearer " + suite.keys().mint(List.of("admin"), "*", Duration.ofHours(4), "bench", null);
        String roster = suite.url(ROSTER);
        long pid = suite.pid(ROSTER);
        SuiteBench.post(roster + "/api/v1/agencies", admin, "{\"code\":\"BENCH\",\"name\":\"Bench agency\",\"regionCode\":\"34.04\","
                + "\"ppk\":{\"name\":\"Bupati\",\"office\":\"Bupati\"}}");
        for (int u = 1; u <= 10; u++) {
            SuiteBench.post(roster + "/api/v1/agencies/BENCH/units", admin, "{\"code\":\"U" + u + "\",\"name\":\"Unit " + u + "\"}");
        }
        Path csv = out.resolve("employees-" + rows + ".csv");
        if (!Files.exists(csv)) {
            generate(csv, rows);
        }
        System.out.println(String.format(Locale.ROOT, "rows: %,d (%,d bytes of CSV)", rows, Files.size(csv)));

        double copySeconds = rawCopy(suite.jdbcUrl("roster"), csv);
        // statistics that say the roster is empty, as an operator's ANALYZE of a new database leaves them: the import
        // must not be planned into rescanning the table it fills (it once was, and a million rows took over 15 minutes)
        try (Connection c = DriverManager.getConnection(suite.jdbcUrl("roster"), Suite.DB_USER, Suite.DB_USER);
                Statement s = c.createStatement()) {
            s.execute("ANALYZE employee");
        }
        long rssBefore = ProcessMemory.rssKb(pid);
        AtomicLong rssMax = new AtomicLong(rssBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                rssMax.accumulateAndGet(ProcessMemory.rssKb(pid), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        double apiSeconds = apiImport(roster, admin, csv);
        sampler.interrupt();
        figures.add(Figure.against("roster", String.format(Locale.ROOT, "import of %,d employees through the API, s", rows), apiSeconds, "s",
                String.format(Locale.ROOT, "COPY of the same file %.1f s", copySeconds), copySeconds, null));
        figures.add(Figure.of("roster", "roster-service RSS at most during the import", rssMax.get() / 1024.0, "MB", null));
        System.out.println(String.format(Locale.ROOT, "roster-service RSS: %d MB before the import (CSV of %d MB)", rssBefore >> 10,
                Files.size(csv) >> 20));
        System.out.println("roster database on disk after the import: " + sizes(suite.jdbcUrl("roster")));
        if (scale.seconds() > 0) {
            loadAccounts(suite.jdbcUrl("roster"));
            System.out.println("roster database on disk with the accounts: " + sizes(suite.jdbcUrl("roster")));
            String bawaslu = "Bearer " + suite.keys().mint(List.of("bawaslu"), "34", Duration.ofHours(2), "bench", null);
            if (hold) {
                // for profiling by hand: the loaded suite stays up until this process is stopped
                System.out.println("holding: roster " + roster + " (pid " + pid + "), database " + suite.jdbcUrl("roster")
                        + "\n" + bawaslu);
                Thread.sleep(Long.MAX_VALUE);
            }
            figures.addAll(lookups(roster, suite.managementUrl(ROSTER), bawaslu, rows, scale, out, jfr ? pid : -1));
            figures.add(batches(roster, bawaslu, rows, scale));
            figures.addAll(nameSearch(roster, bawaslu, scale.seconds(), out, suite.jdbcUrl("roster")));
            figures.addAll(ProcessMemory.afterLoad("roster", suite, ROSTER));
        }
        return figures;
    }

    private static final ServiceSpec ROSTER = ServiceSpec.SUITE.get(0);

    /** Single lookups of random accounts against the health endpoint, after a warm-up of both. */
    private static List<Figure> lookups(String roster, String management, String bearer, int rows, Scale scale, Path out, long jfrPid)
            throws Exception {
        Path script = out.resolve("lookup.lua");
        Files.writeString(script, "math.randomseed(42)\nwrk.headers[\"Authorization\"] = \"" + bearer + "\"\n"
                + "request = function()\n  return wrk.format(\"GET\", \"/api/v1/accounts/lookup?platform=INSTAGRAM&handle=ig_\" .. math.random(1, "
                + rows + "))\nend\n");
        SuiteBench.run(roster + "/api/v1/accounts/lookup", script, scale.quick() ? scale.warmUpSeconds() : WARM_UP_SECONDS);
        SuiteBench.Compared compared = SuiteBench.compare(management + "/q/health/live", roster + "/api/v1/accounts/lookup", script, scale, 3);
        List<Figure> figures = new ArrayList<>(List.of(compared.figure("roster", "account lookups/s, 32 connections", "req/s",
                Goal.ratioAtLeast(0.35))));
        for (int connections : new int[] {4, 16}) {
            SuiteBench.Run run = SuiteBench.run(roster + "/api/v1/accounts/lookup", script, scale.seconds(), connections);
            System.out.println(String.format(Locale.ROOT, "lookups, %d connections: %.0f req/s, p99 %.1f ms", connections,
                    run.requestsPerSecond(), run.p99Millis()));
            if (connections == 4) {
                figures.add(Figure.of("roster", "account lookup p99, 4 connections", run.p99Millis(), "ms", null));
            }
        }
        if (jfrPid > 0) {
            Path recording = out.resolve("roster-lookup.jfr");
            jcmd(jfrPid, "JFR.start", "name=lookup", "settings=profile", "filename=" + recording);
            SuiteBench.run(roster + "/api/v1/accounts/lookup", script, scale.seconds());
            jcmd(jfrPid, "JFR.stop", "name=lookup");
            System.out.println(JfrSummary.of(recording));
        }
        return figures;
    }

    /** Batches of 1,000 URLs of existing and missing accounts, sent one after another. */
    private static Figure batches(String roster, String bearer, int rows, Scale scale) throws Exception {
        int batchRuns = scale.quick() ? 20 : BATCH_RUNS;
        Random random = new Random(11);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 20 + batchRuns; run++) {
            StringBuilder body = new StringBuilder("{\"items\":[");
            for (int i = 0; i < BATCH; i++) {
                // nine in ten exist; the rest are unknown handles
                int n = random.nextInt(rows) + 1;
                body.append(i == 0 ? "" : ",").append("{\"url\":\"https://www.instagram.com/").append(i % 10 == 9 ? "nobody_" : "ig_")
                        .append(n).append("/\"}");
            }
            body.append("]}");
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(roster + "/api/v1/accounts/lookup"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1_000_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("batch lookup -> " + r.statusCode() + " " + r.body());
            }
            if (run >= 20) {
                millis.add(took);
            }
        }
        millis.sort(null);
        long p99 = millis.get(Math.max(0, batchRuns * 99 / 100 - 1));
        System.out.println(String.format(Locale.ROOT, "batch lookup of %,d URLs (%d in a row, after 20 warm-up): p50 %d ms, p99 %d ms, max %d ms",
                BATCH, batchRuns, millis.get(batchRuns / 2), p99, millis.get(batchRuns - 1)));
        return Figure.of("roster", String.format(Locale.ROOT, "batch lookup of %,d URLs, p99", BATCH), p99, "ms", null);
    }

    /**
     * Name search with random two-syllable fragments, closed loop (wrk) at 1, 4 and 32 connections;
     * then at a fixed rate, three quarters of what 4 connections managed, with each latency counted
     * from when its request was due ({@link OpenLoad}): the p99 the goal is about. And the plan
     * PostgreSQL uses for one fragment.
     */
    private static List<Figure> nameSearch(String roster, String bearer, int seconds, Path out, String jdbcUrl) throws Exception {
        StringBuilder fragments = new StringBuilder("local fragments = {");
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                fragments.append('"').append(a).append(b).append("\",");
            }
        }
        fragments.append("}\n");
        Path script = out.resolve("search.lua");
        Files.writeString(script, "math.randomseed(7)\nwrk.headers[\"Authorization\"] = \"" + bearer + "\"\n" + fragments
                + "request = function()\n  return wrk.format(\"GET\", \"/api/v1/employees?q=\" .. fragments[math.random(1, #fragments)])\nend\n");
        SuiteBench.run(roster + "/api/v1/employees?q=x", script, Math.max(10, seconds));
        // one officer, a few searching at once, then the same 32 connections as every other load here
        StringBuilder rounds = new StringBuilder();
        double p99AtFour = 0;
        double rateAtFour = 0;
        for (int connections : new int[] {1, 4, 32}) {
            List<Double> p99s = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                SuiteBench.Run run = SuiteBench.run(roster + "/api/v1/employees?q=x", script, seconds, connections);
                p99s.add(run.p99Millis());
                rates.add(run.requestsPerSecond());
            }
            rounds.append(String.format(Locale.ROOT, "%n  %d connections: p99 %s ms at %s req/s (3 rounds)", connections, p99s, rates));
            if (connections == 4) {
                p99AtFour = p99s.stream().sorted().toList().get(1);
                rateAtFour = rates.stream().sorted().toList().get(1);
            }
        }
        Random random = new Random(7);
        List<String> twoSyllables = new ArrayList<>();
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                twoSyllables.add(a + b);
            }
        }
        OpenLoad.Latencies fixedRate = OpenLoad.run(OpenLoad.get(n -> roster + "/api/v1/employees?q="
                + twoSyllables.get(random.nextInt(twoSyllables.size())), bearer), Math.max(1, 0.75 * rateAtFour), 4, Math.max(5, seconds));
        System.out.println(String.format(Locale.ROOT, "name search (%d fragments at random, pages of 50):%s%n  at a fixed rate: %s%n  plan: %s%n%s",
                SYLLABLES.length * SYLLABLES.length, rounds, fixedRate, plan(jdbcUrl), twoLetters(roster, bearer, seconds, out, jdbcUrl)));
        return List.of(Figure.of("roster", "name search p99, 4 connections, closed loop (wrk, median of 3 rounds)", p99AtFour, "ms", null),
                Figure.of("roster", String.format(Locale.ROOT, "name search p99 at a fixed %.0f req/s on 4 connections, from when due",
                        fixedRate.rate()), fixedRate.p99Millis(), "ms", Goal.valueAtMost(50)));
    }

    /**
     * Two-letter fragments, which no trigram serves: the common ones (each a syllable of the
     * generated names) under load, then one that matches nobody, timed one request at a time, as
     * it makes the search read every name of the scope.
     */
    private static String twoLetters(String roster, String bearer, int seconds, Path out, String jdbcUrl) throws Exception {
        StringBuilder fragments = new StringBuilder("local fragments = {");
        for (String syllable : SYLLABLES) {
            if (syllable.length() == 2) {
                fragments.append('"').append(syllable).append("\",");
            }
        }
        fragments.append("}\n");
        Path script = out.resolve("search2.lua");
        Files.writeString(script, "math.randomseed(7)\nwrk.headers[\"Authorization\"] = \"" + bearer + "\"\n" + fragments
                + "request = function()\n  return wrk.format(\"GET\", \"/api/v1/employees?q=\" .. fragments[math.random(1, #fragments)])\nend\n");
        StringBuilder rounds = new StringBuilder("name search, two-letter fragments (common):");
        for (int connections : new int[] {1, 4}) {
            SuiteBench.Run run = SuiteBench.run(roster + "/api/v1/employees?q=x", script, seconds, connections);
            rounds.append(String.format(Locale.ROOT, "%n  %d connections: p99 %.0f ms at %.0f req/s", connections, run.p99Millis(),
                    run.requestsPerSecond()));
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(roster + "/api/v1/employees?q=qx"))
                    .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"total\":0")) {
                throw new IllegalStateException("search for qx -> " + r.statusCode() + " " + r.body());
            }
            if (i >= 2) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        millis.sort(null);
        rounds.append(String.format(Locale.ROOT, "%n  a fragment matching nobody (qx), 10 requests one at a time after 2: p50 %d ms, max %d ms",
                millis.get(millis.size() / 2), millis.get(millis.size() - 1)));
        // the count's query for "ra" as the search writes it now, and as a LIKE, which it was before
        String scope = " FROM employee e WHERE (e.region_code = '34' OR e.region_code LIKE '34.%') AND ";
        try (Connection c = DriverManager.getConnection(jdbcUrl, Suite.DB_USER, Suite.DB_USER); Statement s = c.createStatement()) {
            for (String condition : List.of("position('ra' in lower(e.name)) > 0", "lower(e.name) LIKE '%ra%'")) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE) SELECT e.id" + scope + condition + " LIMIT 1001")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                rounds.append(String.format(Locale.ROOT, "%n  count query with %s: %s; %s", condition, lines.get(0).strip(),
                        lines.get(lines.size() - 1).strip()));
            }
        }
        return rounds.toString();
    }

    /**
     * The plans PostgreSQL picks for one fragment, in the shape of the search's queries (scope 34): the
     * estimate of its matches that tells a common fragment (planned, not run), then, as it is common,
     * a page of ids in name order and one more; for a rare one, up to 1,001 matches unordered (the count).
     */
    private static String plan(String jdbcUrl) throws Exception {
        String where = " FROM employee e WHERE (e.region_code = '34' OR e.region_code LIKE '34.%') AND lower(e.name) LIKE '%nurdi%'";
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl, Suite.DB_USER, Suite.DB_USER); Statement s = c.createStatement()) {
            for (String query : List.of("EXPLAIN SELECT 1" + where, "EXPLAIN (ANALYZE, BUFFERS) SELECT e.id" + where + " ORDER BY e.name, e.id LIMIT 51",
                    "EXPLAIN (ANALYZE, BUFFERS) SELECT e.id" + where.replace("nurdi", "nurdiah") + " LIMIT 1001")) {
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        plan.append("\n    ").append(rs.getString(1));
                    }
                }
            }
        }
        return plan.toString();
    }

    static void generate(Path csv, int rows) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 999);
                String nip = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth(), birth.getYear() + 25, 1 + i % 12, 1 + i % 2, 1 + i % 999);
                StringBuilder name = new StringBuilder();
                for (int part = 0; part < 2; part++) {
                    name.append(part == 0 ? "" : " ");
                    int length = 2 + random.nextInt(2);
                    for (int s = 0; s < length; s++) {
                        String syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
                        name.append(s == 0 ? Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1) : syllable);
                    }
                }
                w.write(nip + ",," + name + ",PNS,BENCH,U" + (1 + i % 10) + ",Analis,III/a,ACTIVE\n");
            }
        }
    }

    /**
     * The baseline: the same file COPYed into a table equivalent to {@code employee}: the same
     * columns, indexes, foreign keys (agency, work unit) and checks, so that both sides pay for the
     * same constraints and only the import's own work makes the difference.
     */
    static double rawCopy(String jdbcUrl, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, Suite.DB_USER, Suite.DB_USER); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute("CREATE TABLE bench_copy (id BIGSERIAL PRIMARY KEY, nip VARCHAR(18) UNIQUE, staff_number VARCHAR(40),"
                    + " name VARCHAR(200) NOT NULL, employment_type VARCHAR(8) NOT NULL, agency_code VARCHAR(40) NOT NULL,"
                    + " unit_code VARCHAR(40) NOT NULL, position VARCHAR(200) NOT NULL, rank VARCHAR(8), status VARCHAR(10) NOT NULL,"
                    + " region_code VARCHAR(13) NOT NULL DEFAULT '34.04', version INTEGER NOT NULL DEFAULT 0,"
                    + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            s.execute("ALTER TABLE bench_copy ADD FOREIGN KEY (agency_code) REFERENCES agency (code),"
                    + " ADD FOREIGN KEY (agency_code, unit_code) REFERENCES work_unit (agency_code, code),"
                    + " ADD CHECK (employment_type IN ('PNS', 'PPPK', 'NON_ASN')),"
                    + " ADD CHECK (status IN ('ACTIVE', 'RETIRED', 'DISMISSED')),"
                    + " ADD CHECK ((employment_type = 'NON_ASN') = (nip IS NULL)),"
                    + " ADD CHECK (employment_type <> 'NON_ASN' OR staff_number IS NOT NULL),"
                    + " ADD CHECK (employment_type = 'PNS' OR rank IS NULL)");
            s.execute("CREATE UNIQUE INDEX bench_copy_staff ON bench_copy (agency_code, staff_number) WHERE staff_number IS NOT NULL");
            s.execute("CREATE INDEX bench_copy_region ON bench_copy (region_code text_pattern_ops)");
            s.execute("CREATE INDEX bench_copy_agency_unit ON bench_copy (agency_code, unit_code)");
            s.execute("CREATE INDEX bench_copy_name ON bench_copy USING gin (lower(name) gin_trgm_ops)");
            s.execute("CREATE INDEX bench_copy_name_order ON bench_copy (name, id)");
            long start = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(csv)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (nip, staff_number, name, employment_type,"
                        + " agency_code, unit_code, position, rank, status) FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            double took = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE bench_copy");
            return took;
        }
    }

    static double apiImport(String roster, String token, Path csv) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(roster + "/api/v1/imports"))
                .header("Authorization", token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        while (true) {
            String job = HTTP.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", token).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (job.contains("\"COMPLETED\"") || job.contains("\"FAILED\"")) {
                double took = (System.nanoTime() - start) / 1e9;
                System.out.println("import job: " + job.replaceAll("\"errors\":\\[.*?\\]", "\"errors\":[...]"));
                if (job.contains("\"FAILED\"")) {
                    throw new IllegalStateException("import failed");
                }
                return took;
            }
            Thread.sleep(200);
        }
    }

    /** Two accounts per employee (Instagram {@code ig_<id>}, X {@code x_<id>}), written straight into the table. */
    static void loadAccounts(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, Suite.DB_USER, Suite.DB_USER); Statement s = c.createStatement()) {
            s.execute("INSERT INTO social_account (employee_id, platform, handle, created_by) "
                    + "SELECT id, 'INSTAGRAM', 'ig_' || id, 'bench' FROM employee UNION ALL "
                    + "SELECT id, 'X', 'x_' || id, 'bench' FROM employee");
            s.execute("VACUUM ANALYZE");
        }
    }

    private static String sizes(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, Suite.DB_USER, Suite.DB_USER); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database())),"
                        + " pg_size_pretty(pg_total_relation_size('employee')), pg_size_pretty(pg_total_relation_size('social_account'))")) {
            rs.next();
            return rs.getString(1) + " (employee with its indexes " + rs.getString(2) + ", social_account " + rs.getString(3) + ")";
        }
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        System.out.println(new String(p.getInputStream().readAllBytes()));
        p.waitFor();
    }
}
