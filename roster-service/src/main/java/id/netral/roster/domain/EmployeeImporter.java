package id.netral.roster.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.Nip;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.roster.config.RosterConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads employees from a CSV file in constant memory: the upload is spooled to disk, a job row is
 * written and the caller gets its id at once; a worker then streams the file, checks every row,
 * COPYs the good ones into a temporary staging table and upserts them by NIP (or agency staff
 * number) in one statement that skips rows whose values did not change, so importing the same
 * file twice changes nothing. Bad rows are reported and never stop the good ones; a failure of
 * the database rolls the whole file back and marks the job FAILED.
 */
@ApplicationScoped
public class EmployeeImporter {
    public static final List<String> COLUMNS = List.of("nip", "staff_number", "name", "employment_type", "agency_code",
            "unit_code", "position", "rank", "status");
    private static final Logger LOG = Logger.getLogger(EmployeeImporter.class);
    private static final Pattern RANK = Pattern.compile("(I|II|III|IV)/[a-e]");
    private static final int PROGRESS_EVERY = 20_000;
    private static final int COPY_CHUNK = 1 << 16;
    /** Advisory lock key that serialises the write phase of imports across replicas. */
    private static final long IMPORT_LOCK = 0x4e4554524c494dL;

    @Inject
    DataSource dataSource;

    @Inject
    RosterConfig config;

    @Inject
    ObjectMapper json;

    private ExecutorService workers;

    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(config.importWorkers(), r -> {
                Thread t = new Thread(r, "employee-import");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    void stop(@Observes ShutdownEvent event) {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /**
     * Spools the upload, checks its header, and queues the job. The same idempotency key with
     * the same file returns the first job; with another file it is a conflict.
     */
    public ImportJob submit(InputStream body, RegionCode scope, String author, String idempotencyKey) {
        Path spool = spool(body);
        boolean queued = false;
        try {
            String sha256 = spool.getFileName().toString().split("\\.")[0];
            long lines = checkHeader(spool);
            if (idempotencyKey != null) {
                ImportJob earlier = QuarkusTransaction.requiringNew()
                        .call(() -> ImportJob.<ImportJob>find("idempotencyKey", idempotencyKey).firstResult());
                if (earlier != null) {
                    if (!earlier.sha256.equals(sha256)) {
                        throw NetralException.conflict("Idempotency-Key '" + idempotencyKey + "' was used for another file");
                    }
                    return earlier;
                }
            }
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID();
            job.status = ImportJob.Status.QUEUED;
            job.scope = scope.value();
            job.sha256 = sha256;
            job.idempotencyKey = idempotencyKey;
            job.total = lines;
            job.errors = List.of();
            job.createdAt = now();
            job.heartbeatAt = job.createdAt;
            job.createdBy = author;
            try {
                QuarkusTransaction.requiringNew().run(job::persist);
            } catch (RuntimeException raced) {
                throw NetralException.conflict("Idempotency-Key '" + idempotencyKey + "' is being used by a parallel upload");
            }
            workers().submit(() -> run(job.id, spool, scope));
            queued = true;
            return job;
        } finally {
            if (!queued) {
                delete(spool);
            }
        }
    }

    /** The job as the caller should see it: a job whose worker stopped beating is FAILED. */
    public ImportJob status(UUID id, RegionCode scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null || !scope.covers(job.scope)) {
                throw NetralException.notFound("Import", id);
            }
            boolean live = job.status == ImportJob.Status.QUEUED || job.status == ImportJob.Status.RUNNING;
            if (live && job.heartbeatAt.isBefore(now().minus(config.importStallTimeout()))) {
                job.status = ImportJob.Status.FAILED;
                job.failure = "The import stopped (its worker went away); nothing of it was written. Submit the file again.";
                job.finishedAt = now();
            }
            return job;
        });
    }

    private Path spool(InputStream body) {
        try {
            Path dir = Path.of(config.importDir().orElse(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "import-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            Path named = temp.resolveSibling(HexFormat.of().formatHex(digest.digest()) + "." + UUID.randomUUID() + ".csv");
            return Files.move(temp, named);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rejects at once a file that is not our CSV; returns the number of lines after the header. */
    private static long checkHeader(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw NetralException.badRequest("body", "the file is empty; expected a header row with " + COLUMNS);
            }
            List<String> names = new ArrayList<>();
            for (String name : header.replace("\uFEFF", "").split(",", -1)) {
                names.add(name.strip().replace("\"", "").toLowerCase());
            }
            Set<String> missing = new HashSet<>(COLUMNS);
            names.forEach(missing::remove);
            List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty() || names.size() != COLUMNS.size()) {
                throw NetralException.badRequest("header", "expected the columns " + COLUMNS + "; missing " + missing
                        + ", unknown " + unknown);
            }
            long lines = 0;
            while (reader.readLine() != null) {
                lines++;
            }
            return lines;
        } catch (java.nio.charset.MalformedInputException e) {
            throw NetralException.badRequest("body", "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(UUID id, Path spool, RegionCode scope) {
        try {
            updateJob(id, "status = 'RUNNING', heartbeat_at = now()", ps -> { });
            Result result = load(id, spool, scope);
            updateJob(id, "status = 'COMPLETED', total = ?, processed = ?, inserted = ?, updated = ?, rejected = ?, "
                    + "errors = ?::jsonb, heartbeat_at = now(), finished_at = now()", ps -> {
                        ps.setLong(1, result.processed);
                        ps.setLong(2, result.processed);
                        ps.setLong(3, result.inserted);
                        ps.setLong(4, result.updated);
                        ps.setLong(5, result.rejected);
                        ps.setString(6, result.errorsJson());
                    });
        } catch (Exception e) {
            LOG.errorf(e, "Import %s failed", id);
            updateJob(id, "status = 'FAILED', failure = ?, heartbeat_at = now(), finished_at = now()",
                    ps -> ps.setString(1, "The import failed and nothing of it was written: " + e.getMessage()));
        } finally {
            delete(spool);
        }
    }

    /** Counters and the first row errors of one run. */
    private final class Result {
        long processed;
        long inserted;
        long updated;
        long rejected;
        final List<ImportJob.RowError> errors = new ArrayList<>();

        void reject(long line, String field, String message) {
            rejected++;
            if (errors.size() < config.importErrorLimit()) {
                errors.add(new ImportJob.RowError(line, field, message));
            }
        }

        String errorsJson() {
            try {
                return json.writeValueAsString(errors);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise row errors", e);
            }
        }
    }

    private Result load(UUID id, Path spool, RegionCode scope) throws IOException, SQLException {
        Result result = new Result();
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE import_stage (line BIGINT, nip VARCHAR(18), staff_number VARCHAR(40), "
                        + "name VARCHAR(200), employment_type VARCHAR(8), agency_code VARCHAR(40), unit_code VARCHAR(40), "
                        + "position VARCHAR(200), rank VARCHAR(8), status VARCHAR(10)) ON COMMIT DROP");
            }
            Map<String, Set<String>> unitsByAgency = unitsInScope(c, scope);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_stage FROM STDIN WITH (FORMAT csv)");
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(spool)) {
                Map<String, Integer> index = new HashMap<>();
                StringBuilder chunk = new StringBuilder(COPY_CHUNK + 1024);
                for (CsvRecord record : csv) {
                    if (index.isEmpty()) {
                        for (int i = 0; i < record.getFieldCount(); i++) {
                            index.put(record.getField(i).replace("\uFEFF", "").strip().toLowerCase(), i);
                        }
                        continue;
                    }
                    long line = record.getStartingLineNumber();
                    result.processed++;
                    String problem = stageRow(record, index, unitsByAgency, line, chunk);
                    if (problem != null) {
                        int colon = problem.indexOf(':');
                        result.reject(line, problem.substring(0, colon), problem.substring(colon + 1));
                    }
                    if (chunk.length() >= COPY_CHUNK) {
                        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        chunk.setLength(0);
                    }
                    if (result.processed % PROGRESS_EVERY == 0) {
                        long processed = result.processed;
                        updateJob(id, "processed = ?, heartbeat_at = now()", ps -> ps.setLong(1, processed));
                    }
                }
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } catch (IOException | RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE import_stage");
            }
            long staged = System.nanoTime();
            rejectDuplicates(c, result);
            if (!scope.isNational()) {
                rejectOutsideScope(c, scope, result);
            }
            long checked = System.nanoTime();
            upsert(c, result);
            c.commit();
            // phase times, for operators sizing imports and for whoever makes them faster
            LOG.infof("Import %s: %d rows; parse and stage %d ms, file-wide checks %d ms, write %d ms", id, result.processed,
                    (staged - started) / 1_000_000, (checked - staged) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        }
        return result;
    }

    /** Checks one row; a good row is appended to the COPY chunk, a bad one returns "field:message". */
    private static String stageRow(CsvRecord record, Map<String, Integer> index, Map<String, Set<String>> unitsByAgency,
            long line, StringBuilder chunk) {
        if (record.getFieldCount() != COLUMNS.size()) {
            return "row:has " + record.getFieldCount() + " fields, expected " + COLUMNS.size();
        }
        String nip = field(record, index, "nip");
        String staffNumber = field(record, index, "staff_number");
        String name = field(record, index, "name");
        String typeText = field(record, index, "employment_type");
        String agency = field(record, index, "agency_code");
        String unit = field(record, index, "unit_code");
        String position = field(record, index, "position");
        String rank = field(record, index, "rank");
        String status = field(record, index, "status");
        EmploymentType type;
        try {
            type = EmploymentType.valueOf(typeText.toUpperCase());
        } catch (IllegalArgumentException e) {
            return "employment_type:must be PNS, PPPK or NON_ASN";
        }
        if (type == EmploymentType.NON_ASN) {
            if (!nip.isEmpty()) {
                return "nip:NON_ASN staff have no NIP; use staff_number";
            }
            if (staffNumber.isEmpty() || staffNumber.length() > 40) {
                return "staff_number:required for NON_ASN staff, at most 40 characters";
            }
        } else {
            try {
                Nip.of(nip, type);
            } catch (IllegalArgumentException e) {
                return "nip:" + e.getMessage();
            }
            if (staffNumber.length() > 40) {
                return "staff_number:at most 40 characters";
            }
        }
        if (name.isEmpty() || name.length() > 200) {
            return "name:required, at most 200 characters";
        }
        if (position.isEmpty() || position.length() > 200) {
            return "position:required, at most 200 characters";
        }
        if (!rank.isEmpty() && (type != EmploymentType.PNS || !RANK.matcher(rank).matches())) {
            return "rank:" + (type != EmploymentType.PNS ? "only PNS have a rank (golongan)" : "must look like III/a");
        }
        if (status.isEmpty()) {
            status = EmploymentStatus.ACTIVE.name();
        }
        try {
            status = EmploymentStatus.valueOf(status.toUpperCase()).name();
        } catch (IllegalArgumentException e) {
            return "status:must be ACTIVE, RETIRED or DISMISSED";
        }
        Set<String> units = unitsByAgency.get(agency);
        if (units == null) {
            return "agency_code:unknown agency '" + agency + "'";
        }
        if (!units.contains(unit)) {
            return "unit_code:unknown unit '" + unit + "' of agency " + agency;
        }
        chunk.append(line).append(',');
        csvValue(chunk, nip, true).append(',');
        csvValue(chunk, staffNumber, true).append(',');
        csvValue(chunk, name, false).append(',').append(type.name()).append(',');
        csvValue(chunk, agency, false).append(',');
        csvValue(chunk, unit, false).append(',');
        csvValue(chunk, position, false).append(',');
        csvValue(chunk, rank, true).append(',').append(status).append('\n');
        return null;
    }

    private static String field(CsvRecord record, Map<String, Integer> index, String column) {
        return record.getField(index.get(column)).strip();
    }

    /** A CSV value for COPY: an empty optional value is left unquoted, which COPY reads as NULL. */
    private static StringBuilder csvValue(StringBuilder out, String value, boolean nullWhenEmpty) {
        if (value.isEmpty() && nullWhenEmpty) {
            return out;
        }
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static Map<String, Set<String>> unitsInScope(Connection c, RegionCode scope) throws SQLException {
        Map<String, Set<String>> units = new HashMap<>();
        String sql = "SELECT u.agency_code, u.code FROM work_unit u JOIN agency a ON a.code = u.agency_code"
                + (scope.isNational() ? "" : " WHERE a.region_code = ? OR a.region_code LIKE ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!scope.isNational()) {
                ps.setString(1, scope.value());
                ps.setString(2, scope.value() + ".%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.computeIfAbsent(rs.getString(1), a -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return units;
    }

    /** Of rows with the same NIP (or agency staff number) the last one wins; the others are rejected. */
    private static void rejectDuplicates(Connection c, Result result) throws SQLException {
        // a hash aggregate answers "any duplicates?" far faster than the window query below sorts
        try (Statement s = c.createStatement(); ResultSet any = s.executeQuery("SELECT 1 FROM import_stage"
                + " GROUP BY coalesce(nip, agency_code || ':' || staff_number) HAVING count(*) > 1 LIMIT 1")) {
            if (!any.next()) {
                return;
            }
        }
        String sql = "DELETE FROM import_stage s USING (SELECT line, key, winner FROM ("
                + " SELECT line, coalesce(nip, agency_code || ':' || staff_number) AS key,"
                + " first_value(line) OVER (PARTITION BY coalesce(nip, agency_code || ':' || staff_number) ORDER BY line DESC) AS winner"
                + " FROM import_stage) d WHERE line <> winner) dup WHERE s.line = dup.line RETURNING dup.line, dup.key, dup.winner";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.reject(rs.getLong(1), "nip", "'" + rs.getString(2) + "' appears again on line " + rs.getLong(3)
                        + ", which is used instead");
            }
        }
    }

    /** An import may not take over an employee registered in another region. */
    private static void rejectOutsideScope(Connection c, RegionCode scope, Result result) throws SQLException {
        String sql = "DELETE FROM import_stage s USING employee e WHERE e.nip = s.nip"
                + " AND NOT (e.region_code = ? OR e.region_code LIKE ?) RETURNING s.line, s.nip";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, scope.value());
            ps.setString(2, scope.value() + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.reject(rs.getLong(1), "nip", "NIP " + rs.getString(2) + " belongs to an employee outside your region");
                }
            }
        }
    }

    /**
     * Updates the rows that exist and differ, then inserts the new ones: two plain set statements,
     * which PostgreSQL runs much faster than a per-row ON CONFLICT upsert. Imports take a
     * transaction-level advisory lock first, so two imports never race on the same new NIP.
     */
    private static void upsert(Connection c, Result result) throws SQLException {
        String fields = "staff_number, name, employment_type, agency_code, unit_code, position, rank, status";
        String differs = "(e.staff_number, e.name, e.employment_type, e.agency_code, e.unit_code, e.position, e.rank, e.status)"
                + " IS DISTINCT FROM (s.staff_number, s.name, s.employment_type, s.agency_code, s.unit_code, s.position, s.rank, s.status)";
        String set = "staff_number = s.staff_number, name = s.name, employment_type = s.employment_type,"
                + " agency_code = s.agency_code, unit_code = s.unit_code, position = s.position, rank = s.rank,"
                + " status = s.status, region_code = a.region_code, version = e.version + 1, updated_at = now()";
        String[] matches = {"e.nip = s.nip", "s.nip IS NULL AND e.agency_code = s.agency_code AND e.staff_number = s.staff_number"};
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            for (String match : matches) {
                result.updated += st.executeUpdate("UPDATE employee e SET " + set + " FROM import_stage s"
                        + " JOIN agency a ON a.code = s.agency_code WHERE " + match + " AND " + differs);
            }
            result.inserted += st.executeUpdate("INSERT INTO employee (nip, " + fields + ", region_code)"
                    + " SELECT s.nip, " + fields.replaceAll("(\\w+)", "s.$1") + ", a.region_code"
                    + " FROM import_stage s JOIN agency a ON a.code = s.agency_code WHERE NOT EXISTS"
                    + " (SELECT 1 FROM employee e WHERE " + matches[0] + ") AND NOT EXISTS (SELECT 1 FROM employee e WHERE "
                    + matches[1] + ")");
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Job bookkeeping in its own short autocommit statements, outside the import's transaction. */
    private void updateJob(UUID id, String assignments, Binder binder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE import_job SET " + assignments + " WHERE id = ?")) {
            binder.bind(ps);
            ps.setObject(ps.getParameterMetaData().getParameterCount(), id);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "Cannot update import job %s", id);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Cannot delete %s: %s", file, e.getMessage());
        }
    }
}
