package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The history of legal facts (#24 item 5): each change of an employee's status or placement, of
 * the accounts linked to them, of their relatives' candidacies and of an agency's PPK is recorded
 * with who made it, hash-chained, and a chain edited behind the service's back fails verification.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FactHistoryTest {
    private static final String SLEMAN = "34.04";

    @Inject
    AgroalDataSource db;

    @Test
    void everyLegalFactOfAnEmployeeIsOnTheRecordInOrder() {
        String agency = Fixtures.agency(SLEMAN);
        String nip = Fixtures.pnsNip();
        Map<String, Object> record = Map.of("nip", nip, "name", "Rahmat Hidayat", "employmentType", "PNS", "agencyCode", agency,
                "unitCode", "UNIT-A", "position", "Camat", "rank", "III/c");
        as(Roles.BKPP, SLEMAN).body(record).post("/api/v1/employees").then().statusCode(201);
        // a new spelling of the name is not a legal fact; retirement is
        update(nip, Map.of("name", "Rahmat Hidayat, S.H."));
        update(nip, Map.of("name", "Rahmat Hidayat, S.H.", "status", "RETIRED"));
        String handle = Fixtures.unique("rahmat_");
        long account = as(Roles.BAWASLU, SLEMAN).body(Map.of("platform", "TIKTOK", "handle", handle))
                .post("/api/v1/employees/" + nip + "/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        as(Roles.BAWASLU, SLEMAN).queryParam("reason", "Akun milik adiknya").delete("/api/v1/employees/" + nip + "/accounts/" + account)
                .then().statusCode(204);
        as(Roles.PORTAL, SLEMAN).queryParam("platform", "TIKTOK").queryParam("handle", handle).get("/api/v1/accounts/lookup")
                .then().statusCode(404);
        as(Roles.BKPP, SLEMAN).body(Map.of("relation", "SPOUSE", "candidateName", "Siti Aminah", "electionCode", "PILKADA_2024",
                "office", "Bupati Sleman")).post("/api/v1/employees/" + nip + "/family-candidacies").then().statusCode(201);

        JsonPath history = as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + nip + "/history").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.action", contains("REGISTERED", "CHANGED", "ACCOUNT_LINKED", "ACCOUNT_UNLINKED", "FAMILY_CANDIDACY_DECLARED"))
                .body("items.seq", contains(1, 2, 3, 4, 5))
                .body("items[0].after.status", equalTo("ACTIVE"))
                .body("items[0].actor", equalTo("bkpp@34.04"))
                .body("items[0].role", equalTo(Roles.BKPP))
                .body("items[1].before.status", equalTo("ACTIVE"))
                .body("items[1].after.status", equalTo("RETIRED"))
                .body("items[2].after.handle", equalTo(handle))
                .body("items[2].role", equalTo(Roles.BAWASLU))
                .body("items[3].before.handle", equalTo(handle))
                .body("items[3].after.reason", equalTo("Akun milik adiknya"))
                .body("items[4].after.candidateName", equalTo("Siti Aminah"))
                .body("items[0].prevHash", equalTo("0".repeat(64)))
                .extract().jsonPath();
        assertThat(history.getString("items[1].prevHash")).isEqualTo(history.getString("items[0].hash"));
        as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + nip + "/history/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("events", equalTo(5)).body("brokenAt", nullValue());
        as(Roles.BKPP, SLEMAN).queryParam("page", 1).queryParam("size", 2).get("/api/v1/employees/" + nip + "/history").then()
                .statusCode(200).body("items.seq", contains(3, 4)).body("total", equalTo(5));
    }

    @Test
    void aChangedOrRemovedEntryBreaksTheChain() throws SQLException {
        String agency = Fixtures.agency(SLEMAN);
        String nip = Fixtures.employee(agency, "Dewi Lestari");
        update(nip, Map.of("name", "Dewi Lestari", "status", "DISMISSED"));
        update(nip, Map.of("name", "Dewi Lestari", "status", "ACTIVE"));
        String id = employeeId(nip);
        admin().get("/api/v1/employees/" + nip + "/history/verify").then().body("valid", equalTo(true)).body("events", equalTo(3));

        // someone with database access rewrites who dismissed her
        sql("UPDATE fact_history SET actor = 'someone-else' WHERE subject_type = 'EMPLOYEE' AND subject_key = ? AND seq = 2", id);
        admin().get("/api/v1/employees/" + nip + "/history/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("brokenAt", equalTo(2));
        sql("DELETE FROM fact_history WHERE subject_type = 'EMPLOYEE' AND subject_key = ? AND seq >= 2", id);
        // the entries left chain fine, but the head the service kept says more were written
        admin().get("/api/v1/employees/" + nip + "/history/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("brokenAt", equalTo(2)).body("events", equalTo(1));
    }

    @Test
    void aPpkChangeIsRecordedOnceAndRepeatsAreNot() {
        String agency = Fixtures.agency(SLEMAN);
        as(Roles.BKPP, SLEMAN).body(Map.of("name", "Pj. Bupati Sleman", "office", "Penjabat Bupati")).put("/api/v1/agencies/" + agency + "/ppk")
                .then().statusCode(200).body("ppk.name", equalTo("Pj. Bupati Sleman")).body("ppk.office", equalTo("Penjabat Bupati"));
        as(Roles.BKPP, SLEMAN).body(Map.of("name", "Pj. Bupati Sleman", "office", "Penjabat Bupati")).put("/api/v1/agencies/" + agency + "/ppk")
                .then().statusCode(200);
        admin().get("/api/v1/agencies/" + agency).then().body("ppk.name", equalTo("Pj. Bupati Sleman"));
        as(Roles.BKPP, SLEMAN).get("/api/v1/agencies/" + agency + "/history").then().statusCode(200)
                .body("items.action", contains("REGISTERED", "PPK_CHANGED"))
                .body("items[1].before.ppkName", equalTo("Bupati " + agency))
                .body("items[1].after.ppkName", equalTo("Pj. Bupati Sleman"))
                .body("items[1].regionCode", equalTo(SLEMAN));
        as(Roles.BKPP, SLEMAN).get("/api/v1/agencies/" + agency + "/history/verify").then().body("valid", equalTo(true));
    }

    @Test
    void theOfficialWhoDecidesForAConflictedPpkIsNamedOnTheRecord() {
        String agency = Fixtures.agency(SLEMAN);
        admin().get("/api/v1/agencies/" + agency).then().body("substitute", nullValue());
        Map<String, String> governor = Map.of("name", "Gubernur DIY", "office", "Gubernur", "subject", "gubernur-diy");
        as(Roles.BKPP, SLEMAN).body(governor).put("/api/v1/agencies/" + agency + "/ppk-substitute").then().statusCode(200)
                .body("substitute.name", equalTo("Gubernur DIY")).body("substitute.subject", equalTo("gubernur-diy"))
                .body("ppk.name", equalTo("Bupati " + agency));
        as(Roles.BKPP, SLEMAN).body(governor).put("/api/v1/agencies/" + agency + "/ppk-substitute").then().statusCode(200);
        as(Roles.PORTAL, SLEMAN).get("/api/v1/agencies/" + agency).then().statusCode(200)
                .body("substitute.name", equalTo("Gubernur DIY")).body("substitute.subject", nullValue());
        as(Roles.BKPP, SLEMAN).get("/api/v1/agencies/" + agency + "/history").then().statusCode(200)
                .body("items.action", contains("REGISTERED", "PPK_SUBSTITUTE_NAMED"))
                .body("items[1].before.substituteName", nullValue())
                .body("items[1].after.substituteSubject", equalTo("gubernur-diy"));
        admin().body(Map.of("name", "Gubernur DIY")).put("/api/v1/agencies/" + agency + "/ppk-substitute").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", contains("office", "subject"));
        admin().body(governor).put("/api/v1/agencies/NO-SUCH/ppk-substitute").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(Roles.BKPP, "13.02").body(governor).put("/api/v1/agencies/" + agency + "/ppk-substitute").then().statusCode(404);
    }

    @Test
    void concurrentChangesOfOneSubjectMakeOneUnbrokenChain() throws Exception {
        String agency = Fixtures.agency(SLEMAN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            IntStream.range(0, 16).forEach(i -> answers.add(pool.submit(() -> admin().body(Map.of("name", "PPK " + i, "office", "Bupati"))
                    .put("/api/v1/agencies/" + agency + "/ppk").statusCode())));
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        admin().queryParam("size", 100).get("/api/v1/agencies/" + agency + "/history").then()
                .body("total", equalTo(17)).body("items.seq", contains(IntStream.rangeClosed(1, 17).boxed().toArray()));
        admin().get("/api/v1/agencies/" + agency + "/history/verify").then().body("valid", equalTo(true)).body("events", equalTo(17));
    }

    @Test
    void anImportRecordsTheChangesItMakesButNotTheEmployeesItAdds() {
        String agency = Fixtures.agency(SLEMAN);
        String known = Fixtures.employee(agency, "Agus Salim");
        String added = Fixtures.pnsNip();
        String job = ImportResourceTest.importAs(Roles.BKPP, SLEMAN, Fixtures.IMPORT_HEADER
                + known + ",,Agus Salim,PNS," + agency + ",UNIT-A,Analis,III/a,RETIRED\n"
                + added + ",,Wulan Sari,PNS," + agency + ",UNIT-A,Guru,III/a,ACTIVE\n", null).getString("id");
        as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + known + "/history").then().statusCode(200)
                .body("items.action", contains("REGISTERED", "CHANGED_BY_IMPORT"))
                .body("items[1].actor", equalTo("bkpp@34.04"))
                .body("items[1].before.status", equalTo("ACTIVE"))
                .body("items[1].after.status", equalTo("RETIRED"))
                .body("items[1].after.importJob", equalTo(job));
        as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + added + "/history").then().statusCode(200).body("total", equalTo(0));
        as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + known + "/history/verify").then().body("valid", equalTo(true));
        // importing the same file again changes nothing, so records nothing
        ImportResourceTest.importAs(Roles.BKPP, SLEMAN, Fixtures.IMPORT_HEADER
                + known + ",,Agus Salim,PNS," + agency + ",UNIT-A,Analis,III/a,RETIRED\n", null);
        admin().get("/api/v1/employees/" + known + "/history").then().body("total", equalTo(2));
    }

    /**
     * An import that moves more employees than the loader records at a time (StagingLoader's
     * HISTORY_CHUNK, 5,000) records every move, once, in unbroken chains: the history is written
     * chunk by chunk since a 300,000-employee move ran roster out of memory.
     */
    @Test
    void anImportMovingMoreEmployeesThanOneChunkRecordsEveryMove() throws SQLException {
        int moves = 5_001;
        String from = Fixtures.agency(SLEMAN);
        String to = Fixtures.agency(SLEMAN);
        List<String> nips = IntStream.range(0, moves).mapToObj(i -> Fixtures.pnsNip()).toList();
        StringBuilder first = new StringBuilder(Fixtures.IMPORT_HEADER);
        StringBuilder second = new StringBuilder(Fixtures.IMPORT_HEADER);
        for (String nip : nips) {
            first.append(nip).append(",,Pegawai,PNS,").append(from).append(",UNIT-A,Guru,III/a,ACTIVE\n");
            second.append(nip).append(",,Pegawai,PNS,").append(to).append(",UNIT-A,Guru,III/a,ACTIVE\n");
        }
        ImportResourceTest.importAs(Roles.BKPP, SLEMAN, first.toString(), null);
        JsonPath moved = ImportResourceTest.importAs(Roles.BKPP, SLEMAN, second.toString(), null);
        assertThat(moved.getLong("updated")).isEqualTo(moves);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT count(*), count(DISTINCT subject_key)"
                + " FROM fact_history WHERE action = 'CHANGED_BY_IMPORT' AND after ->> 'importJob' = ?")) {
            ps.setString(1, moved.getString("id"));
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("moves recorded").isEqualTo(moves);
                assertThat(rs.getLong(2)).as("employees moved, each once").isEqualTo(moves);
            }
        }
        for (String nip : List.of(nips.get(0), nips.get(moves - 1))) {
            as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + nip + "/history").then()
                    .body("items.action", contains("CHANGED_BY_IMPORT")).body("items[0].after.agencyCode", equalTo(to));
            as(Roles.BKPP, SLEMAN).get("/api/v1/employees/" + nip + "/history/verify").then().body("valid", equalTo(true));
        }
    }

    @Test
    void badRequestsAreProblems() {
        String agency = Fixtures.agency(SLEMAN);
        String nip = Fixtures.employee(agency, "Yanti");
        String other = Fixtures.employee(agency, "Yono");
        long account = admin().body(Map.of("platform", "X", "handle", Fixtures.unique("yono_"))).post("/api/v1/employees/" + other + "/accounts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        admin().delete("/api/v1/employees/" + nip + "/accounts/" + account).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("reason"));
        // the account is someone else's: for this employee it does not exist
        admin().queryParam("reason", "x").delete("/api/v1/employees/" + nip + "/accounts/" + account).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        admin().queryParam("reason", "x").delete("/api/v1/employees/" + nip + "/accounts/999999999").then().statusCode(404);
        admin().queryParam("reason", "x").delete("/api/v1/employees/" + nip + "/accounts/abc").then().statusCode(404);
        admin().body(Map.of("name", "")).put("/api/v1/agencies/" + agency + "/ppk").then().statusCode(400)
                .body("errors.field", contains("name", "office"));
        admin().body(Map.of("name", "x", "office", "y")).put("/api/v1/agencies/NO-SUCH/ppk").then().statusCode(404);
        admin().get("/api/v1/agencies/NO-SUCH/history").then().statusCode(404).contentType(startsWith("application/problem+json"));
        admin().get("/api/v1/employees/199001012015031001/history").then().statusCode(404);
        admin().queryParam("size", 9999).get("/api/v1/employees/" + nip + "/history").then().statusCode(400);
    }

    private static void update(String nip, Map<String, Object> changes) {
        JsonPath current = admin().get("/api/v1/employees/" + nip).then().statusCode(200).extract().jsonPath();
        String etag = admin().get("/api/v1/employees/" + nip).header("ETag");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("nip", nip, "name", current.getString("name"), "employmentType", "PNS",
                "agencyCode", current.getString("agencyCode"), "unitCode", current.getString("unitCode"),
                "position", current.getString("position"), "rank", current.getString("rank")));
        body.putAll(changes);
        as(Roles.BKPP, SLEMAN).header("If-Match", etag).body(body).put("/api/v1/employees/" + nip).then().statusCode(200);
    }

    private String employeeId(String nip) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id FROM employee WHERE nip = ?")) {
            ps.setString(1, nip);
            var rs = ps.executeQuery();
            rs.next();
            return Long.toString(rs.getLong(1));
        }
    }

    private void sql(String statement, String key) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setString(1, key);
            assertThat(ps.executeUpdate()).isPositive();
        }
    }
}
