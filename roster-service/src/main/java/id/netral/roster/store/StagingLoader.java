package id.netral.roster.store;

import id.netral.common.i18n.Messages;
import id.netral.common.audit.HashChain;
import id.netral.roster.app.LegalFacts;
import id.netral.common.store.FactHistory;
import java.util.UUID;
import id.netral.roster.domain.imports.ImportJob;
import id.netral.roster.domain.imports.ImportRow;
import id.netral.roster.app.ImportJobs;
import id.netral.common.i18n.LocalizedText;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.netral.common.domain.RegionCode;
import id.netral.roster.config.RosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a checked file into the roster in one transaction, in set-based SQL: good rows are COPYed
 * into a temporary staging table, file-wide checks (duplicates, other regions) delete from it,
 * then two set statements update what changed and insert what is new. Plain JDBC on purpose:
 * COPY and these statements are what makes a million rows take seconds, not minutes. A failure
 * anywhere rolls the whole file back.
 */
@ApplicationScoped
public class StagingLoader {
    private static final Logger LOG = Logger.getLogger(StagingLoader.class);
    private static final int PROGRESS_EVERY = 1_000;
    private static final int COPY_CHUNK = 1 << 16;
    /** Advisory lock key that serialises the write phase of imports across replicas. */
    private static final long IMPORT_LOCK = 0x4e4554524c494dL;

    @Inject
    DataSource dataSource;

    /** Employees' history entries an import writes at a time (recordPlacementChanges). */
    static final int HISTORY_CHUNK = 5_000;
    /**
     * An import that wrote at least this many employees has the table's statistics renewed before it
     * is reported done (see {@link #renewStatistics}).
     */
    static final long ANALYZE_AFTER = 10_000;

    /** The connections of the loads in progress in this replica (abortAll). */
    private final Set<Connection> loading = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    RosterConfig config;

    @Inject
    FactHistory history;

    /** Which job a load is, and who sent it: the history of the employees it changes names both. */
    public record Changes(UUID job, HashChain.Actor actor) {
    }

    /** Counters and the first row errors of one load. */
    private final class Tally {
        long processed;
        long inserted;
        long updated;
        long rejected;
        final List<ImportJob.RowError> errors = new ArrayList<>();

        void reject(long line, String column, LocalizedText message) {
            rejected++;
            if (errors.size() < config.importErrorLimit()) {
                errors.add(new ImportJob.RowError(line, column, message));
            }
        }

        ImportJobs.Outcome outcome() {
            return new ImportJobs.Outcome(processed, inserted, updated, rejected, List.copyOf(errors));
        }
    }

    /** Loads the file for a caller limited to {@code scope}; {@code progress} hears the rows read so far. */
    public ImportJobs.Outcome load(SpooledUpload upload, RegionCode scope, Changes changes, LongConsumer progress)
            throws IOException, SQLException {
        Tally tally = new Tally();
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            loading.add(c);
            try {
                return load(c, upload, scope, changes, progress, tally, started);
            } finally {
                loading.remove(c);
            }
        }
    }

    /**
     * Ends every load in progress at once, its transaction rolled back by PostgreSQL (the connection
     * is closed under it): the replica is stopping. Each load's worker then sees an SQLException.
     */
    public void abortAll() {
        for (Connection c : loading) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.warnf(e, "An import's connection could not be closed; the replica's exit closes it");
            }
        }
    }

    private ImportJobs.Outcome load(Connection c, SpooledUpload upload, RegionCode scope, Changes changes, LongConsumer progress,
            Tally tally, long started) throws IOException, SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE import_stage (line BIGINT, nip VARCHAR(18), staff_number VARCHAR(40), "
                    + "name VARCHAR(200), employment_type VARCHAR(8), agency_code VARCHAR(40), unit_code VARCHAR(40), "
                    + "position VARCHAR(200), rank VARCHAR(8), status VARCHAR(10), email VARCHAR(254)) ON COMMIT DROP");
        }
        boolean withEmail = stage(c, upload, unitsInScope(c, scope), tally, progress);
        long staged = System.nanoTime();
        rejectDuplicates(c, tally);
        if (!scope.isNational()) {
            rejectOutsideScope(c, scope, tally);
        }
        long checked = System.nanoTime();
        upsert(c, tally, withEmail, changes);
        c.commit();
        long written = System.nanoTime();
        renewStatistics(c, tally);
        // phase times, for operators sizing imports and for whoever makes them faster
        LOG.infof("Import of %d rows: parse and stage %d ms, file-wide checks %d ms, write %d ms, statistics %d ms", tally.processed,
                (staged - started) / 1_000_000, (checked - staged) / 1_000_000, (written - checked) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return tally.outcome();
    }

    /**
     * After a large import the planner's statistics still describe the roster before it (autovacuum
     * renews them a minute or more later): a broadcast walked right after importing its 100,000
     * recipients read each page by sorting the whole agency (45 ms a page) where the key's index
     * serves it in 0.3 ms. So the import renews them itself, committed, before it says it is done.
     * The rows are committed by then: if this fails, the import still succeeded and autovacuum renews
     * the statistics later.
     */
    private static void renewStatistics(Connection c, Tally tally) {
        if (tally.inserted + tally.updated < ANALYZE_AFTER) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE employee");
            c.commit();
        } catch (SQLException e) {
            LOG.warnf("The import's rows are saved; renewing the roster's statistics failed (autovacuum will): %s", e.getMessage());
        }
    }

    /**
     * Streams the file, checks each row and COPYs the good ones into the staging table; answers
     * whether the file has the optional e-mail column.
     */
    private boolean stage(Connection c, SpooledUpload upload, Map<String, Set<String>> unitsByAgency, Tally tally,
            LongConsumer progress) throws IOException, SQLException {
        Map<String, Integer> index = new HashMap<>();
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_stage FROM STDIN WITH (FORMAT csv)");
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(upload.file())) {
            StringBuilder chunk = new StringBuilder(COPY_CHUNK + 1024);
            for (CsvRecord record : csv) {
                if (index.isEmpty()) {
                    for (int i = 0; i < record.getFieldCount(); i++) {
                        index.put(ImportRow.columnName(record.getField(i)), i);
                    }
                    continue;
                }
                long line = record.getStartingLineNumber();
                tally.processed++;
                ImportRow row = ImportRow.read(record, index);
                Optional<ImportRow.RowProblem> problem = row == null
                        ? Optional.of(new ImportRow.RowProblem("row", Messages.text("roster.StagingLoader.has-fields-expected", record.getFieldCount(), index.size())))
                        : row.check(unitsByAgency);
                if (problem.isPresent()) {
                    tally.reject(line, problem.get().column(), problem.get().message());
                } else {
                    appendCopyLine(row, line, chunk);
                }
                if (chunk.length() >= COPY_CHUNK) {
                    write(copy, chunk);
                }
                if (tally.processed % PROGRESS_EVERY == 0) {
                    progress.accept(tally.processed);
                }
            }
            write(copy, chunk);
            copy.endCopy();
        } catch (IOException | SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE import_stage");
        }
        return index.containsKey("email");
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
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
    private static void rejectDuplicates(Connection c, Tally tally) throws SQLException {
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
                tally.reject(rs.getLong(1), "nip", Messages.text("roster.StagingLoader.appears-again-on-line-which-is", rs.getString(2), rs.getLong(3)));
            }
        }
    }

    /** An import may not take over an employee registered in another region. */
    private static void rejectOutsideScope(Connection c, RegionCode scope, Tally tally) throws SQLException {
        String sql = "DELETE FROM import_stage s USING employee e WHERE e.nip = s.nip"
                + " AND NOT (e.region_code = ? OR e.region_code LIKE ?) RETURNING s.line, s.nip";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, scope.value());
            ps.setString(2, scope.value() + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tally.reject(rs.getLong(1), "nip", Messages.text("roster.StagingLoader.nip-belongs-to-an-employee-outside", rs.getString(2)));
                }
            }
        }
    }

    /**
     * Finds which staged rows are employees already, then updates those that differ and inserts the
     * rest: plain set statements, which PostgreSQL runs much faster than a per-row ON CONFLICT
     * upsert. Which rows exist is settled before anything is written, so the insert reads only the
     * staged rows: an insert that looked in the employee table for each row, planned on statistics
     * saying the table was empty (an ANALYZE of a new roster), rescanned the growing table for every
     * row it added, and a million rows did not finish in 15 minutes. Imports take a
     * transaction-level advisory lock first, so two imports never race on the same new NIP.
     */
    private void upsert(Connection c, Tally tally, boolean withEmail, Changes changes) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("staff_number", "name", "employment_type", "agency_code", "unit_code",
                "position", "rank", "status"));
        if (withEmail) {
            columns.add("email"); // a file without the column leaves the addresses already known alone
        }
        String fields = String.join(", ", columns);
        String differs = "(" + prefixed("e.", columns) + ") IS DISTINCT FROM (" + prefixed("s.", columns) + ")";
        String set = columns.stream().map(column -> column + " = s." + column).collect(Collectors.joining(", "))
                + ", region_code = a.region_code, version = e.version + 1, updated_at = now()";
        String[] matches = {"e.nip = s.nip", "s.nip IS NULL AND e.agency_code = s.agency_code AND e.staff_number = s.staff_number"};
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            st.execute("ALTER TABLE import_stage ADD COLUMN employee_id BIGINT");
            for (String match : matches) {
                st.executeUpdate("UPDATE import_stage s SET employee_id = e.id FROM employee e WHERE " + match);
            }
            recordPlacementChanges(c, changes);
            tally.updated += st.executeUpdate("UPDATE employee e SET " + set + " FROM import_stage s"
                    + " JOIN agency a ON a.code = s.agency_code WHERE e.id = s.employee_id AND " + differs);
            tally.inserted += st.executeUpdate("INSERT INTO employee (nip, " + fields + ", region_code)"
                    + " SELECT s.nip, " + prefixed("s.", columns) + ", a.region_code"
                    + " FROM import_stage s JOIN agency a ON a.code = s.agency_code WHERE s.employee_id IS NULL");
        }
    }

    /**
     * Writes the history of the employees whose status, type or placement the update is about to
     * change (before and after), read and written {@value #HISTORY_CHUNK} at a time: a file that
     * moves a whole province's staff to new agencies once held every change in memory at once, and a
     * roster-service with a 384 MB heap ran out of it at 300,000. (Employees the import adds have the
     * job as their record.)
     */
    private void recordPlacementChanges(Connection c, Changes changes) throws SQLException {
        String[] fields = {"status", "employment_type", "agency_code", "unit_code"};
        String sql = "SELECT e.id, a.region_code, " + prefixed("e.", List.of(fields)) + ", " + prefixed("s.", List.of(fields))
                + " FROM employee e JOIN import_stage s ON e.id = s.employee_id JOIN agency a ON a.code = s.agency_code"
                + " WHERE (" + prefixed("e.", List.of(fields)) + ") IS DISTINCT FROM (" + prefixed("s.", List.of(fields)) + ")";
        List<LegalFacts.PlacementChange> chunk = new ArrayList<>(HISTORY_CHUNK);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(HISTORY_CHUNK); // a cursor in the import's transaction: rows come as they are read
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    chunk.add(new LegalFacts.PlacementChange(rs.getLong(1), rs.getString(2),
                            new LegalFacts.Placement(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                            new LegalFacts.Placement(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
                    if (chunk.size() == HISTORY_CHUNK) {
                        history.append(c, LegalFacts.imported(chunk, changes.job()), changes.actor());
                        chunk.clear();
                    }
                }
            }
        }
        history.append(c, LegalFacts.imported(chunk, changes.job()), changes.actor());
    }

    private static String prefixed(String prefix, List<String> columns) {
        return columns.stream().map(column -> prefix + column).collect(Collectors.joining(", "));
    }

    /** Appends a checked row as a line of COPY's CSV format, after its line number in the file. */
    static void appendCopyLine(ImportRow row, long line, StringBuilder out) {
        out.append(line).append(',');
        csvValue(out, row.nip(), true).append(',');
        csvValue(out, row.staffNumber(), true).append(',');
        csvValue(out, row.name(), false).append(',').append(row.parsedType().name()).append(',');
        csvValue(out, row.agencyCode(), false).append(',');
        csvValue(out, row.unitCode(), false).append(',');
        csvValue(out, row.position(), false).append(',');
        csvValue(out, row.rank(), true).append(',').append(row.parsedStatus().name()).append(',');
        csvValue(out, row.email(), true).append('\n');
    }

    /** An empty optional value is left unquoted, which COPY reads as NULL. */
    private static StringBuilder csvValue(StringBuilder out, String value, boolean nullWhenEmpty) {
        if (value.isEmpty() && nullWhenEmpty) {
            return out;
        }
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
