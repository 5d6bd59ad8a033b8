package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.file;
import static id.netral.cases.api.IntakeTest.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.app.Workflow;
import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handling chain from finding to closing, with the right role at each step and every wrong one refused. */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class WorkflowTest {

    @Test
    void aFindingTravelsTheWholeChainToClosed() {
        Roster.Employee budi = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(budi.accountUrl(), "https://www.instagram.com/p/CHAIN/"), null)
                .statusCode(201).extract().path("id");
        read(bawaslu(), id).body("allowedActions", contains("SUPPLY_FACTS", "START_REVIEW", "DISMISS"));
        read(bkn(), id).body("allowedActions", empty());

        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        step(bawaslu(), id, 2, Map.of("action", "EXTEND_REVIEW", "reason", "Menunggu keterangan saksi")).statusCode(200)
                .body("reviewExtended", equalTo(true));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        // regional review: 3 days, extended once by 2
        read(bawaslu(), id).body("deadlines.find { it.code == 'BAWASLU_REVIEW' }.dueOn", equalTo(today.plusDays(5).toString()));
        step(bawaslu(), id, 3, Map.of("action", "FORWARD")).statusCode(200).body("status", equalTo("FORWARDED"))
                .body("forwardedTo", equalTo("BKN")).body("deadlines.code", contains("BAWASLU_REVIEW", "TASK_FORCE_VERIFICATION"));
        step(bkn(), id, 4, Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY", "legalBasis", "SKB 2022 disiplin angka 6"))
                .statusCode(200).body("status", equalTo("RECOMMENDED")).body("recommendation.sanctionType", equalTo("DISCIPLINE_HEAVY"));
        // the letter to the PPK: the person, the rules, the sanction, the evidence with its hash, the day to decide by
        given().header("Authorization", bkn()).accept("text/html").get("/api/v1/cases/" + id + "/letter").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("Rekomendasi Penjatuhan Sanksi"))
                .body(org.hamcrest.Matchers.containsString(budi.nip()))
                .body(org.hamcrest.Matchers.containsString("DISCIPLINE_HEAVY"))
                .body(org.hamcrest.Matchers.containsString("https://www.instagram.com/p/CHAIN/"))
                .body(org.hamcrest.Matchers.containsString("Badan Kepegawaian Negara"));
        step(ppk(budi.agencyCode()), id, 5, Map.of("action", "DECIDE", "sanctionImposed", true, "sanctionType", "DISCIPLINE_HEAVY",
                "reasons", "Terbukti menyukai konten kampanye")).statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision.sanctionImposed", equalTo(true));
        step(bkpp(budi.agencyCode()), id, 6, Map.of("action", "RECORD_EXECUTION", "decreeNumber", "800/123/2024",
                "executedOn", today.plusDays(1).toString())).statusCode(422).body("errors[0].field", equalTo("executedOn"));
        step(bkpp(budi.agencyCode()), id, 6, Map.of("action", "RECORD_EXECUTION", "decreeNumber", "800/123/2024",
                "executedOn", today.toString())).statusCode(200).body("status", equalTo("SANCTION_EXECUTED"))
                .body("execution.decreeNumber", equalTo("800/123/2024"));
        step(bawaslu(), id, 7, Map.of("action", "CLOSE", "note", "Selesai")).statusCode(200).body("status", equalTo("CLOSED"))
                .body("allowedActions", empty());

        given().header("Authorization", bawaslu()).get("/api/v1/cases/" + id + "/history").then()
                .body("action", contains("INTAKE", "START_REVIEW", "EXTEND_REVIEW", "FORWARD", "RECOMMEND", "DECIDE", "RECORD_EXECUTION",
                        "CLOSE"))
                .body("role", contains("bawaslu", "bawaslu", "bawaslu", "bawaslu", "bkn", "ppk", "bkpp", "bawaslu"))
                .body("[7].after.note", equalTo("Selesai"));
        given().header("Authorization", bawaslu()).get("/api/v1/cases/" + id + "/audit/verify").then().body("valid", equalTo(true))
                .body("events", equalTo(8));
        List<String> changes = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>listAll().stream()
                .filter(e -> id.equals(e.data.path("caseId").asText()) && e.type.equals("case.status-changed"))
                .map(e -> e.data.path("to").asText()).toList());
        assertThat(changes).containsExactlyInAnyOrder("UNDER_REVIEW", "FORWARDED", "RECOMMENDED", "DECIDED", "SANCTION_EXECUTED", "CLOSED");
    }

    @Test
    void everyWrongStepIsRefusedForItsReason() {
        Roster.Employee x = Roster.employee("34.04");
        Roster.Employee other = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), null), null).statusCode(201).extract().path("id");
        step(bkn(), id, 1, Map.of("action", "START_REVIEW")).statusCode(403);
        given().header("Authorization", bkn()).get("/api/v1/cases/" + id + "/letter").then().statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        step(bawaslu(), id, 1, Map.of("action", "FORWARD")).statusCode(409)
                .body("detail", containsString("[SUPPLY_FACTS, START_REVIEW, DISMISS]"));
        step(bawaslu(), id, 7, Map.of("action", "START_REVIEW")).statusCode(412);
        given().header("Authorization", bawaslu()).contentType("application/json").body(Map.of("action", "START_REVIEW"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(428);
        step(TestTokens.bearer(Roles.BAWASLU, "13.02"), id, 1, Map.of("action", "START_REVIEW")).statusCode(404);
        step(bawaslu(), id, 1, Map.of("action", "DISMISS")).statusCode(422).body("errors[0].field", equalTo("reason"));
        step(bawaslu(), id, 1, Map.of("action", "TELEPORT")).statusCode(400);
        step(TestTokens.bearer(Roles.PORTAL, "34.04"), id, 1, Map.of("action", "START_REVIEW")).statusCode(403);

        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), id, 2, Map.of("action", "EXTEND_REVIEW", "reason", "Saksi")).statusCode(200);
        step(bawaslu(), id, 3, Map.of("action", "EXTEND_REVIEW", "reason", "Lagi")).statusCode(409);
        step(bawaslu(), id, 3, Map.of("action", "FORWARD")).statusCode(200);
        // lighter than the classification (heavy) needs a reason
        step(bkn(), id, 4, Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_MEDIUM", "legalBasis", "PP 94/2021"))
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        step(bkn(), id, 4, Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_MEDIUM", "legalBasis", "PP 94/2021",
                "reason", "Pelanggaran pertama")).statusCode(200);
        step(bkn(), id, 5, Map.of("action", "ESCALATE", "reason", "PPK diam")).statusCode(409)
                .body("detail", containsString("[]"));
        step(ppk(other.agencyCode()), id, 5, Map.of("action", "DECIDE", "sanctionImposed", false, "reasons", "x")).statusCode(403);
        step(ppk(x.agencyCode()), id, 5, Map.of("action", "DECIDE", "sanctionImposed", false, "reasons", "Tidak terbukti"))
                .statusCode(200).body("status", equalTo("DECIDED"));
        step(bkpp(x.agencyCode()), id, 6, Map.of("action", "RECORD_EXECUTION", "decreeNumber", "1", "executedOn", "2024-12-01"))
                .statusCode(409);
        step(bawaslu(), id, 6, Map.of("action", "CLOSE")).statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void anIncompleteReportIsCompletedAndAConflictedPpkEscalatesAtOnce() {
        Roster.Employee siti = Roster.employee("34.71");
        String election = Roster.electionRunningNow("34.71");
        Map<String, Object> body = IntakeTest.publicReport(siti.nip(), election);
        body.put("reporter", Map.of("name", "Warga"));
        body.remove("place");
        String id = file(Roles.PORTAL, "34.71", body, null).statusCode(201).body("status", equalTo("INCOMPLETE")).extract().path("id");
        String bawaslu = TestTokens.bearer(Roles.BAWASLU, "34.71");
        step(bawaslu, id, 1, Map.of("action", "COMPLETE", "place", "Facebook")).statusCode(422);
        step(bawaslu, id, 1, Map.of("action", "COMPLETE", "place", "Facebook",
                "reporter", Map.of("address", "Jl. Kaliurang 5", "phone", "+62 811 000 111"))).statusCode(200)
                .body("status", equalTo("REGISTERED")).body("missing", empty())
                .body("deadlines.code", contains("REPORT_FILING", "BAWASLU_REVIEW")).body("reporter.name", equalTo("Warga"));
        step(bawaslu, id, 2, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu, id, 3, Map.of("action", "FORWARD")).statusCode(200);
        step(bkn(), id, 4, Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY", "legalBasis", "SKB 2022",
                "ppkConflicted", true)).statusCode(200).body("status", equalTo("ESCALATED")).body("ppkConflicted", equalTo(true));
        step(ppk(siti.agencyCode()), id, 5, Map.of("action", "DECIDE", "sanctionImposed", true, "sanctionType", "DISCIPLINE_HEAVY",
                "reasons", "Diputus atas eskalasi")).statusCode(200).body("status", equalTo("DECIDED"));
    }

    @Test
    void suppliedFactsReclassifyUnderTheCasesCatalogVersion() {
        Roster.Employee x = Roster.employee("34.04");
        Map<String, Object> body = new HashMap<>(finding(x.accountUrl(), null));
        body.put("act", "ATTEND_CAMPAIGN");
        String id = file(Roles.BAWASLU, "34.04", body, null).statusCode(201)
                .body("classification.verdict", equalTo("NEEDS_REVIEW")).body("classification.questions.field", contains("participation",
                        "partisanSymbols")).extract().path("id");
        step(bawaslu(), id, 1, Map.of("action", "SUPPLY_FACTS", "facts", Map.of("participation", "ACTIVE"))).statusCode(200)
                .body("facts.participation", equalTo("ACTIVE")).body("classification.verdict", equalTo("VIOLATION"))
                .body("classification.sanction.type", equalTo("DISCIPLINE_HEAVY")).body("catalogVersion", equalTo(2))
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void forwardingGoesToKasnBeforeTwentyFourAugust2024AndToBknFromThen() {
        assertThat(Workflow.forwardingTarget(LocalDate.of(2023, 11, 20))).isEqualTo("KASN");
        assertThat(Workflow.forwardingTarget(LocalDate.of(2024, 8, 23))).isEqualTo("KASN");
        assertThat(Workflow.forwardingTarget(LocalDate.of(2024, 8, 24))).isEqualTo("BKN");
        assertThat(Workflow.forwardingTarget(LocalDate.of(2026, 11, 23))).isEqualTo("BKN");
    }

    private static ValidatableResponse step(String token, String id, int version, Map<String, Object> body) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(body).post("/api/v1/cases/" + id + "/transitions").then();
    }

    private static ValidatableResponse read(String token, String id) {
        RequestSpecification request = given().header("Authorization", token);
        return request.get("/api/v1/cases/" + id).then().statusCode(200);
    }

    private static String bawaslu() {
        return TestTokens.bearer(Roles.BAWASLU, "34.04");
    }

    private static String bkn() {
        return TestTokens.bearer(Roles.BKN, "*");
    }

    private static String ppk(String agency) {
        return TestTokens.token().roles(Roles.PPK).region("34").agency(agency).bearer();
    }

    private static String bkpp(String agency) {
        return TestTokens.token().roles(Roles.BKPP).region("34").agency(agency).bearer();
    }
}
