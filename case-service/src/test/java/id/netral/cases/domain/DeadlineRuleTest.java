package id.netral.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.domain.ElectionType;
import id.netral.common.i18n.LocalizedText;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the review clock is extended, a plain unit test on a fixed calendar (February 2024). */
class DeadlineRuleTest {
    /** Isra Mi'raj, the collective leave after it, and vote day. */
    private static final WorkingCalendar FEBRUARY_2024 = new WorkingCalendar(Set.of(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 9),
            LocalDate.of(2024, 2, 14)));
    private static final LocalDate REGISTERED = LocalDate.of(2024, 2, 5); // a Monday

    private static DeadlineRule review(ElectionType type, int days, int extension, boolean workingDays, boolean fromStart) {
        DeadlineRule rule = new DeadlineRule();
        rule.id = new DeadlineRule.Key();
        rule.id.code = "BAWASLU_REVIEW";
        rule.id.electionType = type;
        rule.days = days;
        rule.extensionDays = extension;
        rule.extensionWorkingDays = workingDays;
        rule.extensionFromStart = fromStart;
        rule.legalBasis = LocalizedText.of("UU 7/2017 Pasal 454", "UU 7/2017 art. 454");
        return rule;
    }

    private static CaseDeadline running(DeadlineRule rule) {
        return new CaseDeadline(rule.id.code, REGISTERED, FEBRUARY_2024.addDays(REGISTERED, rule.days, false), rule.days, false,
                rule.legalBasis, false);
    }

    @Test
    void aGeneralElectionReviewEndsFourteenWorkingDaysAfterRegistrationInAll() {
        DeadlineRule general = review(ElectionType.GENERAL, 7, 14, true, true);
        CaseDeadline base = running(general);
        assertThat(base.dueOn()).isEqualTo(LocalDate.of(2024, 2, 12));
        // 14 working days from Monday 5 February, skipping 8, 9 and 14 February and the weekends
        assertThat(general.extend(base, FEBRUARY_2024).dueOn()).isEqualTo(LocalDate.of(2024, 2, 28));
        // added on top of the 7 days instead, as before, it ran to 4 March
        assertThat(review(ElectionType.GENERAL, 7, 14, true, false).extend(base, FEBRUARY_2024).dueOn())
                .isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(general.extend(base, FEBRUARY_2024).legalBasis().english()).isEqualTo("UU 7/2017 art. 454");
    }

    @Test
    void aRegionalElectionReviewGetsTwoDaysMore() {
        DeadlineRule regional = review(ElectionType.REGIONAL, 3, 2, false, false);
        assertThat(regional.extend(running(regional), FEBRUARY_2024).dueOn()).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void anExtensionNeverShortensTheClock() {
        DeadlineRule odd = review(ElectionType.GENERAL, 30, 2, true, true);
        CaseDeadline base = running(odd);
        assertThat(odd.extend(base, FEBRUARY_2024).dueOn()).isEqualTo(base.dueOn());
        assertThat(review(ElectionType.GENERAL, 7, 0, true, true).extend(base, FEBRUARY_2024)).isSameAs(base);
    }
}
