package id.netral.rules.domain;

import id.netral.common.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.domain.EmploymentType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every combination of act, employment type, stage, relation and known/unknown fact that the
 * input allows (24 acts x 3 x 6 dates x 3 x 3 x 3 x 3 = 34,992 inputs) against the seeded catalog:
 * the classifier never throws, never calls a violation without a rule, never asks a question
 * that was already answered, and permits nothing that a definite prohibition covers. A plain unit
 * test: it classifies against the reference snapshot, which {@link ReferenceSnapshotTest} keeps
 * equal to what the migrations seed.
 */
class ClassifierExhaustiveTest {
    private static final Boolean[] TRI = {null, Boolean.TRUE, Boolean.FALSE};
    private static final Participation[] PARTICIPATION = {null, Participation.PASSIVE, Participation.ACTIVE};

    @Test
    void classifierIsTotalAndConsistent() throws Exception {
        ReferenceSnapshot snapshot = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(
                getClass().getClassLoader().getResource(ReferenceSnapshotTest.FILE), ReferenceSnapshot.class);
        CompiledCatalog catalog = snapshot.compile();
        Election pilkada = snapshot.election("PILKADA_2024");
        Election pemilu = snapshot.election("PEMILU_2024");
        List<Object[]> days = List.of(
                new Object[] {pilkada, LocalDate.of(2024, 8, 15)}, new Object[] {pilkada, LocalDate.of(2024, 10, 30)},
                new Object[] {pilkada, LocalDate.of(2024, 12, 10)}, new Object[] {pemilu, LocalDate.of(2023, 10, 1)},
                new Object[] {pemilu, LocalDate.of(2024, 1, 15)}, new Object[] {pemilu, LocalDate.of(2024, 2, 20)});
        List<String> acts = snapshot.acts().stream().map(ReferenceSnapshot.ActLabel::code).toList();
        int checked = 0;
        for (String act : acts) {
            for (EmploymentType type : EmploymentType.values()) {
                for (Object[] day : days) {
                    for (CandidateRelation relation : CandidateRelation.values()) {
                        for (Participation participation : PARTICIPATION) {
                            for (Boolean symbols : TRI) {
                                for (Boolean leave : TRI) {
                                    Facts facts = new Facts(type, act, (LocalDate) day[1], (Election) day[0], relation,
                                            participation, symbols, leave);
                                    check(facts, Classifier.classify(facts, catalog));
                                    checked++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(acts.size() * 3 * 6 * 3 * 3 * 3 * 3);
    }

    private static void check(Facts facts, Classification c) {
        String input = facts.toString();
        assertThat(c.verdict()).as(input).isNotNull();
        assertThat(c.explanation(Language.ENGLISH)).as(input).isNotBlank();
        assertThat(c.explanation(Language.INDONESIAN)).as(input).isNotBlank();
        switch (c.verdict()) {
            case VIOLATION -> {
                assertThat(c.rules()).as(input).isNotEmpty().allMatch(r -> r.kind == RuleKind.PROHIBITION);
                assertThat(c.questions()).as(input).isEmpty();
                assertThat(c.sanctionType()).as(input).isEqualTo(c.rules().stream().map(r -> r.sanctionType)
                        .reduce(SanctionType.NONE, SanctionType::heavier));
            }
            case PERMITTED -> {
                assertThat(c.rules()).as(input).isNotEmpty().allMatch(r -> r.kind == RuleKind.PERMISSION);
                assertThat(c.sanctionType()).as(input).isEqualTo(SanctionType.NONE);
                assertThat(c.criminal()).as(input).isEmpty();
            }
            case NEEDS_REVIEW -> {
                assertThat(c.questions()).as(input).isNotEmpty();
                assertThat(c.criminal()).as(input).isEmpty();
            }
        }
        for (Classification.Question q : c.questions()) {
            if (q.field() != null) {
                Object given = switch (q.field()) {
                    case "participation" -> facts.participation();
                    case "partisanSymbols" -> facts.partisanSymbols();
                    case "onUnpaidLeave" -> facts.onUnpaidLeave();
                    default -> throw new AssertionError("unexpected question field " + q.field());
                };
                assertThat(given).as("asked for a fact already given: " + input).isNull();
            }
        }
    }
}
