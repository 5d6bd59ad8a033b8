package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.as;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.FuzzTally;
import id.netral.common.testing.Poll;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI fuzz sends JSON; an import takes a CSV file, so its hostile input is generated here:
 * a valid file mutated at random (bytes that are not UTF-8, NUL, a BOM, stray quotes and line
 * breaks, columns added and dropped, very long fields, many rows). Each file is refused at once
 * with a problem (4xx) or taken (202) and then completes, its bad rows rejected and every row
 * accounted for; never a 5xx, never a job that fails on what a file holds (a failed job means the
 * database or the worker failed).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CsvFuzzTest {
    private static final long SEED = 20261204L;
    private static final int FILES = 150;
    /** A regency no other roster test uses: the rows the fuzz lands count nowhere else. */
    private static final String REGION = "63.10";
    private static final String[] PIECES = {"\u0000", "\"", "\"\"", ",", "\n", "\r", "\r\n", "\uFEFF", "\u202E", "é", "😀", ";", "\t",
            "=cmd|'/c calc'!A0", "NULL", "-1", "99999999999999999999", " ", "\\", "'", "<script>"};

    @Test
    void everyMutatedFileIsRefusedWithAProblemOrEndsAsAJob() {
        // a code of its own, the same in every run: the mutations land at the same places whatever ran before
        String agency = "FUZZCSV";
        Fixtures.admin().body(java.util.Map.of("code", agency, "name", "Agency " + agency, "regionCode", REGION,
                "ppk", java.util.Map.of("name", "Bupati", "office", "Bupati"))).post("/api/v1/agencies").then().statusCode(201);
        Fixtures.admin().body(java.util.Map.of("code", "UNIT-A", "name", "Unit A")).post("/api/v1/agencies/" + agency + "/units").then()
                .statusCode(201);
        Random random = new Random(SEED);
        FuzzTally tally = new FuzzTally("CSV import", SEED);
        for (int i = 0; i < FILES; i++) {
            byte[] file = mutate(valid(agency, random), random);
            Response answer = as(Roles.BKPP, REGION).contentType("text/csv").body(file).post("/api/v1/imports");
            if (tally.accepted("file " + i, answer, 202)) {
                String path = answer.header("Location").substring(answer.header("Location").indexOf("/api/"));
                var job = Poll.until(() -> as(Roles.BKPP, REGION).get(path).then().statusCode(200).extract().jsonPath(),
                        j -> List.of("COMPLETED", "FAILED").contains(j.getString("status")), Duration.ofSeconds(30));
                if (!job.getString("status").equals("COMPLETED")) {
                    tally.failed("file " + i, job.getString("status") + " " + job.prettify());
                } else if (job.getLong("processed") != job.getLong("inserted") + job.getLong("updated") + job.getLong("unchanged")
                        + job.getLong("rejected")) {
                    tally.failed("file " + i, "rows unaccounted for " + job.prettify());
                }
            }
        }
        tally.assertClean();
    }

    private static String valid(String agency, Random random) {
        StringBuilder csv = new StringBuilder(Fixtures.IMPORT_HEADER);
        int rows = 1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 8);
        for (int r = 0; r < rows; r++) {
            csv.append(nip(random)).append(",,Pegawai ").append(r).append(",PNS,").append(agency).append(",UNIT-A,Guru,III/a,ACTIVE\n");
        }
        return csv.toString();
    }

    /** A valid PNS NIP of its own shape (start of service January 2010), so the fuzz takes no number from the fixtures. */
    private static String nip(Random random) {
        java.time.LocalDate born = java.time.LocalDate.of(1960, 1, 1).plusDays(random.nextInt(10_000));
        return String.format("%s201001%d%03d", born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), 1 + random.nextInt(2),
                1 + random.nextInt(999));
    }

    private static byte[] mutate(String csv, Random random) {
        StringBuilder text = new StringBuilder(csv);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                case 2 -> text.insert(at, "x".repeat(random.nextInt(200_000)));
                case 3 -> text.insert(at, ",extra");
                case 4 -> text.replace(0, text.indexOf("\n") + 1, random.nextBoolean() ? "" : "nip;name\n");
                default -> text.insert(at, PIECES[random.nextInt(PIECES.length)].repeat(1 + random.nextInt(50)));
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0) {
            // bytes that are no UTF-8 at all (a stray 0xC3, an ISO-8859-1 é)
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int cut = random.nextInt(bytes.length + 1);
            out.write(bytes, 0, cut);
            out.write(random.nextBoolean() ? 0xC3 : 0xE9);
            out.write(bytes, cut, bytes.length - cut);
            bytes = out.toByteArray();
        }
        return bytes;
    }

}
