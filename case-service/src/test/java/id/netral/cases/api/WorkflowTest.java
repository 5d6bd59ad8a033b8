package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.file;
import static id.netral.cases.api.IntakeTest.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.app.Workflow;
import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
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
        // no sanction against a recommended one: BKN follows it up before the case may close
        step(bawaslu(), id, 6, Map.of("action", "CLOSE")).statusCode(409).body("detail", containsString("ESCALATE"));
        read(bkn(), id).body("allowedActions", contains("ESCALATE"));
        step(bkn(), id, 6, Map.of("action", "ESCALATE", "reason", "PPK tidak menjatuhkan sanksi yang direkomendasikan")).statusCode(200)
                .body("status", equalTo("ESCALATED"));
        step(bkn(), id, 7, Map.of("action", "TAKE_MEASURE", "reason", "Tidak ditindaklanjuti")).statusCode(422)
                .body("errors[0].field", equalTo("measure"));
        step(bkn(), id, 7, Map.of("action", "TAKE_MEASURE", "measure", "SUSPEND_PPK", "reason", "x")).statusCode(400);
        step(bawaslu(), id, 7, Map.of("action", "TAKE_MEASURE", "measure", "WARNING_TO_PPK", "reason", "x")).statusCode(403);
        step(bkn(), id, 7, Map.of("action", "TAKE_MEASURE", "measure", "PERSONNEL_DATA_BLOCKED",
                "reason", "Rekomendasi tidak ditindaklanjuti")).statusCode(200).body("status", equalTo("ESCALATED"))
                .body("measures[0].measure", equalTo("PERSONNEL_DATA_BLOCKED"))
                .body("measures[0].legalBasis", containsString("Peraturan BKN 1/2023")).body("measures[0].disputed", equalTo(false));
        IntakeTest.as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/history").then()
                .body("action", hasItem("TAKE_MEASURE"));
        step(bawaslu(), id, 8, Map.of("action", "CLOSE")).statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void anIncompleteReportIsCompletedAndAConflictedPpksDecisionGoesToTheSubstitute() {
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
        Map<String, Object> conflicted = new HashMap<>(Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY",
                "legalBasis", "SKB 2022", "ppkConflicted", true));
        step(bkn(), id, 4, conflicted).statusCode(422).body("errors[0].field", equalTo("reason"));
        conflicted.put("reason", "Istri Bupati calon wakil bupati dalam pemilihan ini");
        // the agency has named no one to decide in a conflicted PPK's place: the recommendation has nowhere to go
        step(bkn(), id, 4, conflicted).statusCode(422).body("errors[0].field", equalTo("ppkConflicted"))
                .body("detail", containsString("ppk-substitute"));
        Roster.nameSubstitute(siti.agencyCode(), "Gubernur DIY", "Gubernur", "gubernur-diy");
        step(bkn(), id, 4, conflicted).statusCode(200).body("status", equalTo("RECOMMENDED")).body("ppkConflicted", equalTo(true))
                .body("decider.name", equalTo("Gubernur DIY"))
                .body("deadlines.code", hasItem("PPK_DECISION"));
        Map<String, Object> decision = Map.of("action", "DECIDE", "sanctionImposed", true, "sanctionType", "DISCIPLINE_HEAVY",
                "reasons", "Diputus oleh atasan PPK");
        // the conflicted PPK may not decide, and is not offered to
        read(ppk(siti.agencyCode()), id).body("allowedActions", empty());
        step(ppk(siti.agencyCode()), id, 5, decision).statusCode(403).body("detail", containsString("Gubernur DIY"));
        String governor = TestTokens.token().roles(Roles.PPK).region("34").agency("PEMPROV-DIY").subject("gubernur-diy").bearer();
        read(governor, id).statusCode(200);
        step(governor, id, 5, decision).statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision.by", equalTo("gubernur-diy"));
    }

    @Test
    void bawasluMayFindThePpkConflictedWhenItForwards() {
        Roster.Employee rina = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(rina.accountUrl(), null), null).statusCode(201).extract().path("id");
        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), id, 2, Map.of("action", "FORWARD", "ppkConflicted", true)).statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        step(bawaslu(), id, 2, Map.of("action", "FORWARD", "ppkConflicted", true, "reason", "Bupati mencalonkan diri kembali"))
                .statusCode(200).body("ppkConflicted", equalTo(true)).body("decider", org.hamcrest.Matchers.nullValue());
        Map<String, Object> recommendation = Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY", "legalBasis", "SKB 2022");
        step(bkn(), id, 3, recommendation).statusCode(422).body("errors[0].field", equalTo("ppkConflicted"));
        Roster.nameSubstitute(rina.agencyCode(), "Pj. Bupati", "Penjabat Bupati", "pj-" + rina.agencyCode().toLowerCase());
        step(bkn(), id, 3, recommendation).statusCode(200).body("status", equalTo("RECOMMENDED"))
                .body("decider.office", equalTo("Penjabat Bupati"));
    }

    @Test
    void aReportWithoutAnAccountOrEvidenceIsIncompleteUntilBawasluCompletesIt() {
        Roster.Employee rudi = Roster.employee("34.71");
        String election = Roster.electionRunningNow("34.71");
        Map<String, Object> body = IntakeTest.publicReport(rudi.nip(), election);
        body.remove("description");
        body.remove("evidence");
        String id = file(Roles.PORTAL, "34.71", body, null).statusCode(201).body("status", equalTo("INCOMPLETE"))
                .body("missing", contains("description", "evidence"))
                .body("deadlines.code", contains("REPORT_FILING", "FORMAL_COMPLETION")).extract().path("id");
        String bawaslu = TestTokens.bearer(Roles.BAWASLU, "34.71");
        step(bawaslu, id, 1, Map.of("action", "COMPLETE", "description", "Membagikan poster calon wali kota")).statusCode(422)
                .body("errors[0].field", equalTo("evidence"));
        // a witness's statement is evidence too
        step(bawaslu, id, 1, Map.of("action", "COMPLETE", "description", "Membagikan poster calon wali kota",
                "witnesses", List.of("Rina, rekan kerja terlapor"))).statusCode(200)
                .body("status", equalTo("REGISTERED")).body("missing", empty())
                .body("deadlines.code", contains("REPORT_FILING", "BAWASLU_REVIEW"));
        IntakeTest.as(Roles.BAWASLU, "34.71").get("/api/v1/cases/" + id).then()
                .body("description", equalTo("Membagikan poster calon wali kota")).body("witnesses", contains("Rina, rekan kerja terlapor"));
    }

    @Test
    void nonAsnStaffAnswerOnlyUnderTheirContractAndAPnsNeverDoes() {
        Roster.Employee honorer = Roster.employee("34.04", "NON_ASN");
        String id = file(Roles.BAWASLU, "34.04", finding(honorer.accountUrl(), null), null).statusCode(201)
                .body("status", equalTo("REGISTERED")).extract().path("id");
        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), id, 2, Map.of("action", "FORWARD")).statusCode(200);
        step(bkn(), id, 3, Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY", "legalBasis", "PP 94/2021"))
                .statusCode(422).body("errors[0].field", equalTo("sanctionType"));
        // the contract measure says which one it is
        step(bkn(), id, 3, Map.of("action", "RECOMMEND", "sanctionType", "EMPLOYMENT_CONTRACT", "legalBasis", "Perjanjian kerja"))
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        step(bkn(), id, 3, Map.of("action", "RECOMMEND", "sanctionType", "EMPLOYMENT_CONTRACT", "legalBasis", "Perjanjian kerja",
                "reason", "Pemutusan perjanjian kerja")).statusCode(200).body("recommendation.sanctionType", equalTo("EMPLOYMENT_CONTRACT"));
        step(ppk(honorer.agencyCode()), id, 4, Map.of("action", "DECIDE", "sanctionImposed", true, "sanctionType", "DISCIPLINE_LIGHT",
                "reasons", "Teguran")).statusCode(422).body("errors[0].field", equalTo("sanctionType"));
        step(ppk(honorer.agencyCode()), id, 4, Map.of("action", "DECIDE", "sanctionImposed", true, "sanctionType", "EMPLOYMENT_CONTRACT",
                "reasons", "Perjanjian kerja diputus")).statusCode(200).body("status", equalTo("DECIDED"));

        Roster.Employee pns = Roster.employee("34.04");
        String other = file(Roles.BAWASLU, "34.04", finding(pns.accountUrl(), null), null).statusCode(201).extract().path("id");
        step(bawaslu(), other, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), other, 2, Map.of("action", "FORWARD")).statusCode(200);
        step(bkn(), other, 3, Map.of("action", "RECOMMEND", "sanctionType", "EMPLOYMENT_CONTRACT", "legalBasis", "Perjanjian kerja",
                "reason", "x")).statusCode(422).body("errors[0].field", equalTo("sanctionType"));
    }

    @Test
    void aGeneralElectionReviewExtendedEndsFourteenWorkingDaysAfterRegistration() {
        Roster.Employee dewi = Roster.employee("34.04");
        Map<String, Object> body = new HashMap<>(finding(dewi.accountUrl(), null));
        body.put("election", "PEMILU_2024");
        body.put("occurredAt", "2024-01-10T09:15:00+07:00");
        String id = file(Roles.BAWASLU, "34.04", body, null).statusCode(201).body("status", equalTo("REGISTERED")).extract().path("id");
        LocalDate registered = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        read(bawaslu(), id).body("deadlines.find { it.code == 'BAWASLU_REVIEW' }.dueOn", equalTo(registered.plusDays(7).toString()));
        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), id, 2, Map.of("action", "EXTEND_REVIEW", "reason", "Keterangan tambahan")).statusCode(200);
        java.util.Set<String> holidays = new java.util.HashSet<>();
        for (int year : new int[] {registered.getYear(), registered.getYear() + 1}) {
            holidays.addAll(IntakeTest.as(Roles.BKN, "*").get("/api/v1/holidays?year=" + year).then().extract().jsonPath().getList("day"));
        }
        LocalDate due = registered;
        for (int counted = 0; counted < 14; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek().getValue() < 6 && !holidays.contains(due.toString())) {
                counted++;
            }
        }
        // UU 7/2017 art. 454: 14 working days after registration in all, not 7 days and 14 working days more
        read(bawaslu(), id).body("deadlines.find { it.code == 'BAWASLU_REVIEW' }.dueOn", equalTo(due.toString()))
                .body("deadlines.find { it.code == 'BAWASLU_REVIEW' }.legalBasis", org.hamcrest.Matchers.containsString("454"));
    }

    @Test
    void aCaseEnteredAfterTheFactIsForwardedOnItsRealDayToWhoeverTookCasesThen() {
        Roster.Employee agus = Roster.employee("34.04");
        Map<String, Object> body = new HashMap<>(finding(agus.accountUrl(), null));
        body.put("occurredAt", "2024-07-15T10:00:00+07:00");
        String id = file(Roles.BAWASLU, "34.04", body, null).statusCode(201).body("status", equalTo("REGISTERED")).extract().path("id");
        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
        step(bawaslu(), id, 2, Map.of("action", "FORWARD", "forwardedOn", tomorrow.toString())).statusCode(422)
                .body("errors[0].field", equalTo("forwardedOn"));
        step(bawaslu(), id, 2, Map.of("action", "FORWARD", "forwardedOn", "2024-07-01")).statusCode(422)
                .body("errors[0].field", equalTo("forwardedOn"));
        // KASN took cases until 23 August 2024
        step(bawaslu(), id, 2, Map.of("action", "FORWARD", "forwardedOn", "2024-08-20")).statusCode(200)
                .body("forwardedTo", equalTo("KASN")).body("forwardedOn", equalTo("2024-08-20"))
                .body("deadlines.find { it.code == 'TASK_FORCE_VERIFICATION' }.startsOn", equalTo("2024-08-20"));
        Roster.Employee ani = Roster.employee("34.04");
        String later = file(Roles.BAWASLU, "34.04", finding(ani.accountUrl(), null), null).statusCode(201).extract().path("id");
        step(bawaslu(), later, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), later, 2, Map.of("action", "FORWARD", "forwardedOn", "2024-11-04")).statusCode(200)
                .body("forwardedTo", equalTo("BKN"));
    }

    @Test
    void aRecommendationEnteredAfterTheFactStartsThePpksClockOnTheLettersDaySoALatePpkCanBeEscalated() {
        Roster.Employee dewi = Roster.employee("34.04");
        Map<String, Object> body = new HashMap<>(finding(dewi.accountUrl(), null));
        body.put("occurredAt", "2024-10-30T09:15:00+07:00");
        String id = file(Roles.BAWASLU, "34.04", body, null).statusCode(201).extract().path("id");
        step(bawaslu(), id, 1, Map.of("action", "START_REVIEW")).statusCode(200);
        step(bawaslu(), id, 2, Map.of("action", "FORWARD", "forwardedOn", "2024-11-04")).statusCode(200);
        // the task force's seven days ended in 2024: the sweeper (every second here) marks the case overdue, a new version
        int version = afterTheSweeper(id);
        Map<String, Object> recommend = new HashMap<>(Map.of("action", "RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY",
                "legalBasis", "SKB 2022 lampiran, disiplin angka 6"));
        recommend.put("recommendedOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString());
        step(bkn(), id, version, recommend).statusCode(422).body("errors[0].field", equalTo("recommendedOn"));
        recommend.put("recommendedOn", "2024-11-01"); // before the case reached BKN
        step(bkn(), id, version, recommend).statusCode(422).body("errors[0].field", equalTo("recommendedOn"));
        recommend.put("recommendedOn", "2024-11-20");
        step(bkn(), id, version, recommend).statusCode(200).body("status", equalTo("RECOMMENDED"))
                .body("deadlines.find { it.code == 'PPK_DECISION' }.startsOn", equalTo("2024-11-20"))
                .body("dueCode", equalTo("PPK_DECISION")).body("dueOn", equalTo("2024-12-04"));
        // the PPK's fourteen days ran out long ago: BKN may escalate at once, not after another fourteen
        version = afterTheSweeper(id);
        read(bkn(), id).body("allowedActions", contains("ESCALATE"));
        step(bkn(), id, version, Map.of("action", "ESCALATE", "reason", "PPK tidak memutus dalam 14 hari")).statusCode(200)
                .body("status", equalTo("ESCALATED"));
    }

    /** The case's version once the deadline sweeper has marked its past due date overdue. */
    private static int afterTheSweeper(String id) {
        return Poll.until(() -> read(bkn(), id).extract().jsonPath(), c -> c.getBoolean("overdue"), java.time.Duration.ofSeconds(30))
                .getInt("version");
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
                .body("classification.sanction.type", equalTo("DISCIPLINE_HEAVY")).body("catalogVersion", equalTo(3))
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void aReportInTheOverlapOfTwoElectionsIsStoredWithTheQuestionAndPlacedByItsContest() {
        // 5 March 2024: the general election's results were not final, the regional elections' stages had begun
        Roster.Employee sari = Roster.employee("34.04");
        Map<String, Object> body = new HashMap<>(finding(sari.accountUrl(), null));
        body.put("occurredAt", "2024-03-05T10:00:00+07:00");
        body.remove("election"); // the officer does not know which election the liked post concerns
        String id = file(Roles.BAWASLU, "34.04", body, null).statusCode(201).body("status", equalTo("REGISTERED"))
                .body("classification.verdict", equalTo("NEEDS_REVIEW"))
                .body("classification.questions.field", contains("contest"))
                .body("election", org.hamcrest.Matchers.nullValue()).extract().path("id");
        step(bawaslu(), id, 1, Map.of("action", "SUPPLY_FACTS", "facts", Map.of("contest", "REGIONAL_HEAD"))).statusCode(200)
                .body("classification.verdict", equalTo("VIOLATION"))
                .body("classification.election", equalTo("PILKADA_2024"))
                .body("classification.stage", equalTo("BEFORE_CANDIDATES_SET"))
                .body("election", equalTo("PILKADA_2024"))
                .body("electionType", equalTo("REGIONAL"));
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
