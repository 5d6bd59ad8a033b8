package id.netral.roster.api;

import static io.restassured.RestAssured.given;
import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.Poll;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportResourceTest {
    private static final String HEADER = "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n";

    @Inject
    AgroalDataSource db;

    /** Submits a file as the given caller and waits for its job to finish. */
    static JsonPath importAs(String role, String region, String csv, String idempotencyKey) {
        return awaitFinished(role, region, submit(role, region, csv, idempotencyKey));
    }

    /** Submits a file and answers the job's path (from the Location header). */
    static String submit(String role, String region, String csv, String idempotencyKey) {
        var request = as(role, region).contentType("text/csv").body(csv);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        String location = request.post("/api/v1/imports").then().statusCode(202)
                .header("Location", startsWith("http")).extract().header("Location");
        return location.substring(location.indexOf("/api/"));
    }

    static JsonPath awaitFinished(String role, String region, String path) {
        return Poll.until(() -> as(role, region).get(path).then().statusCode(200).extract().jsonPath(),
                job -> List.of("COMPLETED", "FAILED").contains(job.getString("status")), Duration.ofSeconds(30));
    }

    @Test
    void goodRowsLandBadRowsAreReportedAndReimportChangesNothing() {
        String agency = Fixtures.agency("34.04");
        String pns = Fixtures.pnsNip();
        String pppk = Fixtures.pppkNip();
        String csv = HEADER
                + pns + ",,Budi Santoso,PNS," + agency + ",UNIT-A,Guru,III/a,ACTIVE\n"                // 2: replaced by line 7
                + "198502302010011004,,Tanggal Salah,PNS," + agency + ",UNIT-A,Guru,,\n"            // 3: bad NIP
                + ",HON-1,Rina Marlina,NON_ASN," + agency + ",UNIT-A,Staf,,ACTIVE\n"                 // 4: good
                + Fixtures.pnsNip() + ",,Tanpa Instansi,PNS,NO-SUCH,UNIT-A,Guru,,\n"                // 5: unknown agency
                + Fixtures.pnsNip() + ",,Tanpa Unit,PNS," + agency + ",NOPE,Guru,,\n"               // 6: unknown unit
                + pns + ",,Budi Santoso Putra,PNS," + agency + ",UNIT-A,Guru,III/b,ACTIVE\n"         // 7: good, wins
                + Fixtures.pppkNip() + ",,Pangkat Salah,PPPK," + agency + ",UNIT-A,Guru,III/a,\n"   // 8: rank on PPPK
                + pppk + ",,\"Sutrisno, S.Pd.\",pppk," + agency + ",UNIT-A,Guru,,active\n"            // 9: good, quoted comma
                + "only,three,fields\n";                                                             // 10: wrong shape
        JsonPath job = importAs(Roles.BKPP, "34.04", csv, null);
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getLong("processed")).isEqualTo(9);
        assertThat(job.getLong("total")).isEqualTo(9);
        assertThat(job.getLong("inserted")).isEqualTo(3);
        assertThat(job.getLong("updated")).isZero();
        assertThat(job.getLong("rejected")).isEqualTo(6);
        List<Map<String, Object>> errors = job.getList("errors");
        assertThat(errors).extracting(e -> ((Number) e.get("line")).intValue(), e -> e.get("field")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "nip"), org.assertj.core.groups.Tuple.tuple(3, "nip"),
                org.assertj.core.groups.Tuple.tuple(5, "agency_code"), org.assertj.core.groups.Tuple.tuple(6, "unit_code"),
                org.assertj.core.groups.Tuple.tuple(8, "rank"), org.assertj.core.groups.Tuple.tuple(10, "row"));

        admin().get("/api/v1/employees/" + pns).then().statusCode(200).body("name", equalTo("Budi Santoso Putra"))
                .body("rank", equalTo("III/b"));
        admin().get("/api/v1/employees/" + pppk).then().statusCode(200).body("name", equalTo("Sutrisno, S.Pd."))
                .body("status", equalTo("ACTIVE"));
        admin().get("/api/v1/employees/" + agency + ":HON-1").then().statusCode(200);

        JsonPath again = importAs(Roles.BKPP, "34.04", csv, null);
        assertThat(again.getLong("inserted")).isZero();
        assertThat(again.getLong("updated")).isZero();
        assertThat(again.getLong("unchanged")).isEqualTo(3);
        admin().get("/api/v1/employees/" + pns).then().body("version", equalTo(0));

        JsonPath changed = importAs(Roles.BKPP, "34.04", csv.replace("Rina Marlina", "Rina Marlina Sari"), null);
        assertThat(changed.getLong("updated")).isEqualTo(1);
        assertThat(changed.getLong("inserted")).isZero();
        admin().get("/api/v1/employees/" + agency + ":HON-1").then().body("name", equalTo("Rina Marlina Sari")).body("version", equalTo(1));
    }

    /**
     * A large import renews the roster's statistics itself: what is asked right after it (a broadcast
     * walking the new agency) is planned on the roster as it is now, not as it was.
     */
    @Test
    void aLargeImportRenewsTheRostersStatisticsBeforeItIsDone() {
        String agency = Fixtures.agency("34.04");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 1; n <= 10_000; n++) {
            csv.append(",STAT-").append(n).append(",Pegawai ").append(n).append(",NON_ASN,").append(agency).append(",UNIT-A,Staf,,ACTIVE\n");
        }
        long before = analyses();
        JsonPath job = importAs(Roles.BKPP, "34.04", csv.toString(), null);
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("inserted")).isEqualTo(10_000);
        // the server's counters are written a moment after the statement
        Poll.until(this::analyses, count -> count > before, Duration.ofSeconds(10));
    }

    /** How often the employee table was analysed by a statement (autovacuum's own runs are counted apart). */
    private long analyses() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'employee'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void malformedFilesAreRefusedAtOnce() {
        as(Roles.BKPP, "34.04").contentType("text/csv").body("nama,nip\nBudi,1\n").post("/api/v1/imports").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("header"));
        as(Roles.BKPP, "34.04").contentType("text/csv").body("").post("/api/v1/imports").then().statusCode(400);
        as(Roles.BKPP, "34.04").contentType("text/csv").body(HEADER.replace("status", "status,extra")).post("/api/v1/imports")
                .then().statusCode(400);
        as(Roles.BKPP, "34.04").contentType("application/json").body("{}").post("/api/v1/imports").then().statusCode(415);
    }

    @Test
    void idempotencyKeyMakesRetriesSafe() {
        String agency = Fixtures.agency("34.04");
        String csv = HEADER + Fixtures.pnsNip() + ",,Retry,PNS," + agency + ",UNIT-A,Guru,,\n";
        String key = Fixtures.unique("upload-");
        String first = importAs(Roles.BKPP, "34.04", csv, key).getString("id");
        String second = importAs(Roles.BKPP, "34.04", csv, key).getString("id");
        assertThat(second).isEqualTo(first);
        as(Roles.BKPP, "34.04").contentType("text/csv").header("Idempotency-Key", key).body(csv + "\n")
                .post("/api/v1/imports").then().statusCode(409);

        // the key is its sender's own: another sender with the same key replays nothing and learns nothing (before: the
        // first job, or 409 for another file)
        String other = TestTokens.token().roles(Roles.BKPP).region("34.04").subject("bkpp-other").bearer();
        String theirs = given().header("Authorization", other).contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .post("/api/v1/imports").then().statusCode(202).extract().path("id");
        assertThat(theirs).isNotEqualTo(first);
        given().header("Authorization", other).contentType("text/csv").header("Idempotency-Key", key).body(csv + "\n")
                .post("/api/v1/imports").then().statusCode(409);
    }

    @Test
    void importsStayInsideTheCallersRegion() {
        String solok = Fixtures.agency("13.02");
        String sleman = Fixtures.agency("34.04");
        String inSolok = Fixtures.employee(solok, "Pegawai Solok");
        String csv = HEADER
                + inSolok + ",,Dipindah Diam-diam,PNS," + sleman + ",UNIT-A,Guru,,\n"
                + Fixtures.pnsNip() + ",,Ke Solok,PNS," + solok + ",UNIT-A,Guru,,\n";
        JsonPath job = importAs(Roles.BKPP, "34.04", csv, null);
        assertThat(job.getLong("rejected")).isEqualTo(2);
        assertThat(job.getLong("inserted")).isZero();
        assertThat(job.getList("errors.message", String.class)).anyMatch(m -> m.contains("di luar wilayah Anda"));
        admin().get("/api/v1/employees/" + inSolok).then().body("name", equalTo("Pegawai Solok")).body("regionCode", equalTo("13.02"));
        as(Roles.BKPP, "13.02").get("/api/v1/imports/" + job.getString("id")).then().statusCode(404);
        as(Roles.BKPP, "34").get("/api/v1/imports/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
