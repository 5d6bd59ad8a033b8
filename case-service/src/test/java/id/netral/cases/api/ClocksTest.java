package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static id.netral.cases.api.IntakeTest.file;
import static id.netral.cases.api.IntakeTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deadline sweeper (running every second here). Time passing is played by moving a case's due
 * date in the database, deadlines list and running clock alike, as days going by would.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class ClocksTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anIncompleteReportNotCompletedInTimeExpires() throws Exception {
        Roster.Employee x = Roster.employee("34.71");
        Map<String, Object> body = IntakeTest.publicReport(x.nip(), Roster.electionRunningNow("34.71"));
        body.remove("place");
        var created = file(Roles.PORTAL, "34.71", body, null).statusCode(201).body("status", equalTo("INCOMPLETE"))
                .body("dueCode", equalTo("FORMAL_COMPLETION")).extract().jsonPath();
        String id = created.getString("id");
        moveDue(id, 1, LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1));

        Poll.until(() -> as(Roles.BAWASLU, "34.71").get("/api/v1/cases/" + id).<String>path("status"), "EXPIRED"::equals,
                Duration.ofSeconds(30));
        as(Roles.PORTAL, "34.71").get("/api/v1/track/" + created.getString("trackingCode")).then().body("status", equalTo("EXPIRED"));
        as(Roles.BAWASLU, "34.71").get("/api/v1/cases/" + id + "/history").then().body("action", contains("INTAKE", "EXPIRE"))
                .body("[1].role", equalTo("service"));
        as(Roles.BAWASLU, "34.71").get("/api/v1/cases/" + id + "/audit/verify").then().body("valid", equalTo(true));
        assertThat(events(id, "case.status-changed")).containsExactly("EXPIRED");
    }

    @Test
    void aPassedReviewDeadlineMakesTheCaseOverdueOnceAndANewStepClearsIt() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), null), null).statusCode(201)
                .body("dueCode", equalTo("BAWASLU_REVIEW")).body("overdue", equalTo(false)).extract().path("id");
        moveDue(id, 0, LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(2));

        Poll.until(() -> as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).<Boolean>path("overdue"), Boolean.TRUE::equals,
                Duration.ofSeconds(30));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases?overdue=true&size=500").then().body("items.id", hasItem(id));
        // the sweeper runs every second: after three more runs there is still one event for this due date
        long start = System.nanoTime();
        Poll.until(() -> System.nanoTime() - start, elapsed -> elapsed > Duration.ofSeconds(3).toNanos(), Duration.ofSeconds(10));
        assertThat(events(id, "case.overdue")).hasSize(1);

        String etag = as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).header("ETag");
        as(Roles.BAWASLU, "34.04").header("If-Match", etag).contentType("application/json").body(Map.of("action", "START_REVIEW"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200).body("overdue", equalTo(true));
        etag = as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).header("ETag");
        as(Roles.BAWASLU, "34.04").header("If-Match", etag).contentType("application/json").body(Map.of("action", "FORWARD"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("dueCode", equalTo("TASK_FORCE_VERIFICATION")).body("overdue", equalTo(false));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases?overdue=true&size=500").then().body("items.id", not(hasItem(id)));
    }

    /**
     * The sweeper writes a case (its version and an audit event) while an officer's step on the
     * version read before is under way: the step waits for the sweeper's transaction and is refused
     * as stale (412). It used to collide with the sweeper's audit event and answer 500.
     */
    @Test
    void aStepRacingTheSweeperOnTheSameCaseIsRefusedAsStaleNotFailed() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), null), null).statusCode(201).extract().path("id");
        try (Connection sweeper = db.getConnection()) {
            sweeper.setAutoCommit(false);
            try (java.sql.PreparedStatement claim = sweeper.prepareStatement(
                    "update case_file set version = version + 1 where id = ?::uuid");
                    java.sql.PreparedStatement event = sweeper.prepareStatement("insert into case_event (action, actor, after, at, before,"
                            + " case_id, hash, prev_hash, role, seq) select 'OVERDUE', actor, after, at, before, case_id, hash, prev_hash,"
                            + " 'service', seq + 1 from case_event where case_id = ?::uuid and seq = (select max(seq) from case_event"
                            + " where case_id = ?::uuid)")) {
                claim.setString(1, id);
                assertThat(claim.executeUpdate()).isEqualTo(1);
                event.setString(1, id);
                event.setString(2, id);
                assertThat(event.executeUpdate()).isEqualTo(1);
                java.util.concurrent.CompletableFuture<Integer> officer = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                        as(Roles.BAWASLU, "34.04").header("If-Match", "\"1\"").contentType("application/json")
                                .body(Map.of("action", "START_REVIEW")).post("/api/v1/cases/" + id + "/transitions").statusCode());
                Thread.sleep(1_000); // the step is sent and waits on the case's row
                sweeper.commit();
                assertThat(officer.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(412);
            }
        }
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).then().body("status", equalTo("REGISTERED")).body("version", equalTo(2));
    }

    @Test
    void aDueDateThatComesNearIsWarnedOf() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), null), null).statusCode(201).extract().path("id");
        moveDue(id, 0, LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1));
        Poll.until(() -> events(id, "case.deadline-approaching"), list -> !list.isEmpty(), Duration.ofSeconds(30));
        assertThat(events(id, "case.deadline-approaching")).containsExactly("REGISTERED");
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id).then().body("overdue", equalTo(false));
    }

    @Test
    void aConflictedPpksClockWaitsForTheOfficialWhoDecidesInstead() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), null), null).statusCode(201).extract().path("id");
        step(Roles.BAWASLU, id, Map.of("action", "START_REVIEW"));
        step(Roles.BAWASLU, id, Map.of("action", "FORWARD", "ppkConflicted", true, "reason", "Bupati mencalonkan diri kembali"));
        Roster.nameSubstitute(x.agencyCode(), "Gubernur DIY", "Gubernur", "gubernur-diy");
        step(Roles.BKN, id, Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY", "legalBasis", "SKB 2022"));
        moveDue(id, 2, LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1));
        Poll.until(() -> events(id, "case.deadline-approaching"), list -> !list.isEmpty(), Duration.ofSeconds(30));
        List<String> deciders = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>listAll().stream()
                .filter(e -> e.type.equals("case.deadline-approaching") && id.equals(e.data.path("caseId").asText()))
                .map(e -> e.data.path("responsible").asText() + " " + e.data.path("decider").asText()).toList());
        assertThat(deciders).containsExactly("ppk gubernur-diy");
    }

    /** A work queue: sort=due puts the nearest due date first, whatever the order they were filed in. */
    @Test
    void aSearchByDueDateListsTheNearestDeadlineFirst() throws Exception {
        Roster.Employee x = Roster.employee("34.04");
        List<String> filed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), null), null).statusCode(201).extract().path("id"));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        moveDue(filed.get(0), 0, today.plusDays(5));
        moveDue(filed.get(1), 0, today.plusDays(1));
        moveDue(filed.get(2), 0, today.plusDays(3));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases?agency=" + x.agencyCode() + "&sort=due").then().statusCode(200)
                .body("items.id", contains(filed.get(1), filed.get(2), filed.get(0)));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases?agency=" + x.agencyCode()).then().statusCode(200)
                .body("items.id", contains(filed.get(2), filed.get(1), filed.get(0)));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases?agency=" + x.agencyCode() + "&sort=due&size=1&page=1").then().statusCode(200)
                .body("items.id", contains(filed.get(2))).body("total", equalTo(3));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases?sort=oldest").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    private static void step(String role, String id, Map<String, Object> body) {
        String etag = as(role, "34.04").get("/api/v1/cases/" + id).header("ETag");
        as(role, "34.04").header("If-Match", etag).contentType("application/json").body(body).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(200);
    }

    /** Days pass: the case's deadline at {@code index} (and its running clock) is now due on {@code day}. */
    private void moveDue(String id, int index, LocalDate day) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            int changed = s.executeUpdate("UPDATE case_file SET deadlines = jsonb_set(deadlines, '{" + index + ",dueOn}', '\"" + day
                    + "\"'), due_on = '" + day + "' WHERE id = '" + id + "'");
            assertThat(changed).isEqualTo(1);
        }
    }

    /** What the outbox holds about the case for this event type: the new status of each. */
    private static List<String> events(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>listAll().stream()
                .filter(e -> e.type.equals(type) && id.equals(e.data.path("caseId").asText()))
                .map(e -> e.data.has("to") ? e.data.path("to").asText() : e.data.path("status").asText()).toList());
    }
}
