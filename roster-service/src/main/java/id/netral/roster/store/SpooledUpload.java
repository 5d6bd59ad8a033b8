package id.netral.roster.store;

import id.netral.common.i18n.Messages;
import id.netral.roster.domain.imports.ImportRow;
import id.netral.common.error.NetralException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded CSV file written to disk as it arrives (so its size never reaches the heap), with
 * its SHA-256, which identifies the file for the Idempotency-Key, and its number of data rows.
 * The file's name carries the process that wrote it ({@code import-<pid>-<random>.csv}), so that a
 * file left by a killed process is found and deleted ({@link #removeOrphans}), not left on disk.
 */
public record SpooledUpload(Path file, String sha256, long rows) {
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern NAME = Pattern.compile("import-(\\d+)-[^/]*\\.csv");
    /** The spooled files of this process not yet deleted: being uploaded, waiting or loading. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    /** Streams the body to a file in {@code dir}, then checks the header; a bad file is deleted. */
    public static SpooledUpload spool(InputStream body, Path dir) {
        Path file = null;
        try {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "import-" + PID + "-", ".csv");
            OPEN.add(file);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            long rows = checkHeader(file);
            return new SpooledUpload(file, HexFormat.of().formatHex(digest.digest()), rows);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Cannot store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Removes the file; the job row keeps everything worth keeping. */
    public void delete() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            OPEN.remove(file);
        } catch (IOException e) {
            // left for removeOrphans to try again
        }
    }

    /**
     * Deletes the spooled files in {@code dir} that no live worker holds: written by a process that
     * is gone, or by this one and already let go (in a container a restarted JVM often has the same
     * pid as the killed one). Files of other live processes (several replicas on one machine) stay.
     * How many were deleted.
     */
    public static int removeOrphans(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "import-*.csv")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                boolean orphan = pid == PID ? !OPEN.contains(file) : ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                if (orphan && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean the spool folder " + dir, e);
        }
        return removed;
    }

    /** Rejects at once a file that is not our CSV; returns the number of lines after the header. */
    private static long checkHeader(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw NetralException.badRequest("body", Messages.text("roster.SpooledUpload.the-file-is-empty-expected-a", ImportRow.COLUMNS));
            }
            List<String> names = new ArrayList<>();
            for (String name : header.split(",", -1)) {
                names.add(ImportRow.columnName(name.replace("\"", "")));
            }
            Set<String> missing = new HashSet<>(ImportRow.COLUMNS);
            names.forEach(missing::remove);
            List<String> unknown = names.stream()
                    .filter(n -> !ImportRow.COLUMNS.contains(n) && !ImportRow.OPTIONAL_COLUMNS.contains(n)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty() || names.size() != new HashSet<>(names).size()) {
                throw NetralException.badRequest("header", Messages.text("roster.SpooledUpload.expected-the-columns-and-optionally-each", ImportRow.COLUMNS, ImportRow.OPTIONAL_COLUMNS, missing, unknown));
            }
            long lines = 0;
            while (reader.readLine() != null) {
                lines++;
            }
            return lines;
        } catch (MalformedInputException e) {
            throw NetralException.badRequest("body", Messages.text("roster.SpooledUpload.the-file-is-not-utf-8"));
        }
    }
}
