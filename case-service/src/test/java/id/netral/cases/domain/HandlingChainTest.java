package id.netral.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.SanctionType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The handling chain as a table, a plain unit test (no service, no database): which step may be
 * taken from which state, then each finer condition on both of its sides.
 */
class HandlingChainTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 11, 20);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2024, 11, 20, 3, 0, 0, 0, ZoneOffset.UTC);

    /**
     * A resolved case in each state with nothing special about it (no extension yet, PPK neither
     * conflicted nor late, no decision): the steps possible from it. ESCALATE, RECORD_EXECUTION and
     * CLOSE of a decided case wait for the conditions the tests below set.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            INCOMPLETE        | COMPLETE SUPPLY_FACTS
            REGISTERED        | SUPPLY_FACTS START_REVIEW DISMISS
            UNDER_REVIEW      | SUPPLY_FACTS EXTEND_REVIEW DISMISS FORWARD
            DISMISSED         | CLOSE
            FORWARDED         | RECOMMEND
            RECOMMENDED       | DECIDE
            ESCALATED         | TAKE_MEASURE DECIDE
            DECIDED           | -
            SANCTION_EXECUTED | CLOSE
            CLOSED            | -
            EXPIRED           | -
            DUPLICATE         | -
            """)
    void theStepsPossibleFromEachState(CaseStatus status, String expected) {
        CaseFile c = resolved(status);
        List<CaseAction> possible = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            if (HandlingChain.possible(c, action, TODAY)) {
                possible.add(action);
            }
        }
        List<CaseAction> want = "-".equals(expected) ? List.of()
                : Arrays.stream(expected.split(" ")).map(CaseAction::valueOf).toList();
        assertThat(possible).containsExactlyElementsOf(want);
    }

    @Test
    void aCaseWaitingForTheRosterOrTheRulesTakesNoStep() {
        for (CaseStatus status : CaseStatus.values()) {
            CaseFile c = resolved(status);
            c.resolution = Resolution.PENDING;
            for (CaseAction action : CaseAction.values()) {
                assertThat(HandlingChain.possible(c, action, TODAY)).as(status + " " + action).isFalse();
            }
        }
    }

    @Test
    void theReviewIsExtendedOnceOnly() {
        CaseFile c = resolved(CaseStatus.UNDER_REVIEW);
        assertThat(HandlingChain.possible(c, CaseAction.EXTEND_REVIEW, TODAY)).isTrue();
        c.reviewExtended = true;
        assertThat(HandlingChain.possible(c, CaseAction.EXTEND_REVIEW, TODAY)).isFalse();
    }

    @Test
    void aConflictedPpkIsNoReasonToEscalateTheSubstitutesClockRuns() {
        CaseFile c = resolved(CaseStatus.RECOMMENDED);
        c.ppkConflicted = true;
        c.decider = new Verdicts.Decider("Gubernur DIY", "Gubernur", "gubernur-diy");
        c.deadlines.add(new CaseDeadline("PPK_DECISION", TODAY.minusDays(14), TODAY, 14, false, null, false));
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).isFalse();
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY.plusDays(1))).as("the substitute is late").isTrue();
    }

    @Test
    void aConflictedPpkDecidesNothingTheSubstituteDecidesForAnyAgencyTheySignInFor() {
        CaseFile c = resolved(CaseStatus.RECOMMENDED);
        c.agencyCode = "PEMKAB-SLEMAN";
        c.ppkConflicted = true;
        assertThat(HandlingChain.speaksFor("PEMKAB-SLEMAN", "bupati-sleman", CaseAction.DECIDE, c)).as("no one named").isFalse();
        c.decider = new Verdicts.Decider("Gubernur DIY", "Gubernur", "gubernur-diy");
        assertThat(HandlingChain.speaksFor("PEMKAB-SLEMAN", "bupati-sleman", CaseAction.DECIDE, c)).as("the PPK").isFalse();
        assertThat(HandlingChain.speaksFor("PEMPROV-DIY", "gubernur-diy", CaseAction.DECIDE, c)).as("the substitute").isTrue();
        assertThat(HandlingChain.speaksFor("PEMKAB-SLEMAN", "bkpp-sleman", CaseAction.RECORD_EXECUTION, c))
                .as("the agency's BKPP still executes").isTrue();
    }

    @Test
    void bknEscalatesTheDayAfterThePpkDeadlineAndNotOnIt() {
        CaseFile c = resolved(CaseStatus.RECOMMENDED);
        c.deadlines.add(new CaseDeadline("PPK_DECISION", TODAY.minusDays(14), TODAY, 14, false, null, false));
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).as("on the due day").isFalse();
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY.plusDays(1))).as("the day after").isTrue();
    }

    @Test
    void theLatestClockOfAStepCounts() {
        CaseFile c = resolved(CaseStatus.RECOMMENDED);
        c.deadlines.add(new CaseDeadline("PPK_DECISION", TODAY.minusDays(30), TODAY.minusDays(16), 14, false, null, false));
        c.deadlines.add(new CaseDeadline("PPK_DECISION", TODAY.minusDays(2), TODAY.plusDays(12), 14, false, null, false));
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).isFalse();
    }

    @Test
    void anImposedSanctionIsExecutedBeforeTheCaseCloses() {
        CaseFile c = resolved(CaseStatus.DECIDED);
        c.decision = new Verdicts.Decision(true, "MORAL", "terbukti", "ppk-1", NOW);
        assertThat(HandlingChain.possible(c, CaseAction.RECORD_EXECUTION, TODAY)).isTrue();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isFalse();
    }

    @Test
    void aDecisionImposingNoSanctionClosesWithoutExecution() {
        CaseFile c = resolved(CaseStatus.DECIDED);
        c.decision = new Verdicts.Decision(false, null, "tidak terbukti", "ppk-1", NOW);
        assertThat(HandlingChain.possible(c, CaseAction.RECORD_EXECUTION, TODAY)).isFalse();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isTrue();
    }

    @Test
    void aDecisionShortOfTheRecommendationWaitsForBknBeforeTheCaseCloses() {
        CaseFile c = resolved(CaseStatus.DECIDED);
        c.recommendation = new Verdicts.Recommendation("DISCIPLINE_MEDIUM", "PP 94/2021", null, "bkn-1", NOW);
        c.decision = new Verdicts.Decision(false, null, "tidak terbukti", "ppk-1", NOW);
        assertThat(HandlingChain.shortOfRecommendation(c)).isTrue();
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).isTrue();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isFalse();
        // a lighter tier imposed and executed: still short of it
        c.decision = new Verdicts.Decision(true, "DISCIPLINE_LIGHT", "teguran cukup", "ppk-1", NOW);
        c.status = CaseStatus.SANCTION_EXECUTED;
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).isTrue();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isFalse();
        // BKN escalated and took a measure: the case may close, and is not escalated again
        c.status = CaseStatus.ESCALATED;
        c.measures = List.of(new Verdicts.Measure(BknMeasure.PERSONNEL_DATA_BLOCKED, null, false, "PPK menjatuhkan di bawah rekomendasi",
                "bkn-1", NOW));
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isTrue();
        c.status = CaseStatus.SANCTION_EXECUTED;
        assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).isFalse();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isTrue();
    }

    @Test
    void aDecisionAsRecommendedOrHeavierFollowsIt() {
        CaseFile c = resolved(CaseStatus.DECIDED);
        c.recommendation = new Verdicts.Recommendation("DISCIPLINE_MEDIUM", "PP 94/2021", null, "bkn-1", NOW);
        for (String tier : List.of("DISCIPLINE_MEDIUM", "DISCIPLINE_HEAVY")) {
            c.decision = new Verdicts.Decision(true, tier, "sesuai", "ppk-1", NOW);
            assertThat(HandlingChain.compliant(c)).as(tier).isTrue();
            assertThat(HandlingChain.possible(c, CaseAction.ESCALATE, TODAY)).as(tier).isFalse();
        }
        c.recommendation = new Verdicts.Recommendation("NONE", "SE 18/2023", null, "bkn-1", NOW);
        c.decision = new Verdicts.Decision(false, null, "sesuai rekomendasi", "ppk-1", NOW);
        assertThat(HandlingChain.compliant(c)).isTrue();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).isTrue();
    }

    @Test
    void aLateSubstituteAnswersToBknsMeasuresLikeALatePpk() {
        CaseFile c = resolved(CaseStatus.ESCALATED);
        c.ppkConflicted = true;
        c.decider = new Verdicts.Decider("Gubernur DIY", "Gubernur", "gubernur-diy");
        assertThat(HandlingChain.possible(c, CaseAction.TAKE_MEASURE, TODAY)).isTrue();
        assertThat(HandlingChain.possible(c, CaseAction.CLOSE, TODAY)).as("not before a measure").isFalse();
    }

    @Test
    void thePpkAndTheBkppActOnlyForTheirOwnAgency() {
        CaseFile c = resolved(CaseStatus.RECOMMENDED);
        c.agencyCode = "PEMKAB-SLEMAN";
        assertThat(HandlingChain.speaksFor("PEMKAB-SLEMAN", "bupati-sleman", CaseAction.DECIDE, c)).isTrue();
        assertThat(HandlingChain.speaksFor("PEMKAB-BANTUL", "bupati-bantul", CaseAction.DECIDE, c)).isFalse();
        assertThat(HandlingChain.speaksFor(null, "bkn", CaseAction.RECORD_EXECUTION, c)).isFalse();
        assertThat(HandlingChain.speaksFor(null, "bkn", CaseAction.RECOMMEND, c)).as("BKN is not bound to an agency").isTrue();
        c.agencyCode = null;
        assertThat(HandlingChain.speaksFor("PEMKAB-SLEMAN", "bupati-sleman", CaseAction.DECIDE, c)).as("a case of no known agency").isFalse();
    }

    @Test
    void aSanctionTierFitsThePersonsEmploymentType() {
        for (SanctionType tier : SanctionType.values()) {
            boolean contract = tier == SanctionType.EMPLOYMENT_CONTRACT;
            assertThat(HandlingChain.fits(EmploymentType.NON_ASN, tier.name())).as("non-ASN, " + tier).isEqualTo(contract);
            assertThat(HandlingChain.fits(EmploymentType.PNS, tier.name())).as("PNS, " + tier).isEqualTo(!contract);
            assertThat(HandlingChain.fits(EmploymentType.PPPK, tier.name())).as("PPPK, " + tier).isTrue();
            assertThat(HandlingChain.fits(null, tier.name())).as("unknown person").isTrue();
        }
    }

    private static CaseFile resolved(CaseStatus status) {
        CaseFile c = new CaseFile();
        c.status = status;
        c.resolution = Resolution.RESOLVED;
        return c;
    }
}
