package id.netral.roster.store;

import id.netral.roster.domain.imports.ImportRow;
import id.netral.common.error.NetralException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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

/**
 * An uploaded CSV file written to disk as it arrives (so its size never reaches the heap), with
 * its SHA-256, which identifies the file for the Idempotency-Key, and its number of data rows.
 */
public record SpooledUpload(Path file, String sha256, long rows) {

    /** Streams the body to a file in {@code dir}, then checks the header; a bad file is deleted. */
    public static SpooledUpload spool(InputStream body, Path dir) {
        Path file = null;
        try {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "import-", ".csv");
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
        } catch (IOException e) {
            // a stray file in the spool folder is harmless; the next deploy's temp folder is new
        }
    }

    /** Rejects at once a file that is not our CSV; returns the number of lines after the header. */
    private static long checkHeader(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw NetralException.badRequest("body", "berkas kosong; diharapkan baris judul berisi " + ImportRow.COLUMNS,
                        "the file is empty; expected a header row with " + ImportRow.COLUMNS);
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
                throw NetralException.badRequest("header", "diharapkan kolom " + ImportRow.COLUMNS + " dan boleh juga "
                        + ImportRow.OPTIONAL_COLUMNS + ", masing-masing sekali; tidak ada " + missing + ", tidak dikenal " + unknown,
                        "expected the columns " + ImportRow.COLUMNS + " and optionally " + ImportRow.OPTIONAL_COLUMNS
                                + ", each once; missing " + missing + ", unknown " + unknown);
            }
            long lines = 0;
            while (reader.readLine() != null) {
                lines++;
            }
            return lines;
        } catch (MalformedInputException e) {
            throw NetralException.badRequest("body", "berkas bukan teks UTF-8", "the file is not UTF-8 text");
        }
    }
}
