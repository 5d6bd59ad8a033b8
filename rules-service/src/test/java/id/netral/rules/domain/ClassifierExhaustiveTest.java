package id.netral.rules.domain;

import id.netral.common.domain.SanctionType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every combination of act, employment type, day, relation and known/unknown fact that the input
 * allows, against the seeded catalogs (version 1: 24 acts x 3 x 6 days x 3 x 3 x 3 x 3 = 34,992
 * inputs; version 2 adds the facts official and officialDuty, the contest, and days in the quiet
 * period, on vote day, between two contests' determination dates, outside elections and before the
 * catalog's first day: 25 x 3 x 12 x 3 x 3^5 = 656,100). The classifier never throws, never calls a
 * violation without a rule, never asks for a fact already given, permits nothing a definite
 * prohibition covers; under version 2 it never gives non-ASN staff an ASN tier, asks alongside a
 * violation only what decides a referral, judges nothing before the day it covers, and explains each
 * answer in the words rendered for it, not those kept for another answer's shape. A plain unit
 * test on the reference snapshots, which {@link ReferenceSnapshotTest} keeps equal to the migrations.
 */
class ClassifierExhaustiveTest {
    private static final Boolean[] TRI = {null, Boolean.TRUE, Boolean.FALSE};
    private static final Participation[] PARTICIPATION = {null, Participation.PASSIVE, Participation.ACTIVE};

    @Test
    void versionOneIsTotalAndConsistent() throws Exception {
        ReferenceSnapshot snapshot = snapshot(ReferenceSnapshotTest.FILE);
        CompiledCatalog catalog = snapshot.compile();
        Election pilkada = snapshot.election("PILKADA_2024");
        Election pemilu = snapshot.election("PEMILU_2024");
        List<Day> days = List.of(new Day(pilkada, "2024-08-15", null), new Day(pilkada, "2024-10-30", null),
                new Day(pilkada, "2024-12-10", null), new Day(pemilu, "2023-10-01", null), new Day(pemilu, "2024-01-15", null),
                new Day(pemilu, "2024-02-20", null));
        int checked = 0;
        for (ReferenceSnapshot.ActLabel act : snapshot.acts()) {
            for (EmploymentType type : EmploymentType.values()) {
                for (Day day : days) {
                    for (CandidateRelation relation : CandidateRelation.values()) {
                        for (Participation participation : PARTICIPATION) {
                            for (Boolean symbols : TRI) {
                                for (Boolean leave : TRI) {
                                    Facts facts = new Facts(type, act.code(), day.date, day.election, relation, participation, symbols,
                                            leave);
                                    check(facts, Classifier.classify(facts, catalog));
                                    checked++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(snapshot.acts().size() * 3 * 6 * 3 * 3 * 3 * 3);
    }

    @Test
    void versionTwoIsTotalAndConsistent() throws Exception {
        ReferenceSnapshot snapshot = snapshot(ReferenceSnapshotTest.FILE_V2);
        CompiledCatalog catalog = snapshot.compile();
        Election pilkada = snapshot.election("PILKADA_2024");
        Election pemilu = snapshot.election("PEMILU_2024");
        List<Day> days = List.of(new Day(pilkada, "2024-08-15", null), new Day(pilkada, "2024-10-30", null),
                new Day(pilkada, "2024-11-25", null), new Day(pilkada, "2024-11-27", null), new Day(pilkada, "2024-12-10", null),
                new Day(pemilu, "2022-07-01", null), new Day(pemilu, "2023-11-05", null), new Day(pemilu, "2023-11-05", Contest.DPR),
                new Day(pemilu, "2023-11-05", Contest.PRESIDENTIAL), new Day(pemilu, "2024-02-12", null),
                new Day(pemilu, "2024-02-14", null), new Day(null, "2025-06-01", null));
        int checked = everyInput(snapshot, days, facts -> {
            Classification c = Classifier.classify(facts, catalog);
            check(facts, c);
            checkVersionTwo(facts, c, catalog);
        });
        assertThat(checked).isEqualTo(snapshot.acts().size() * 3 * 12 * 3 * 3 * 3 * 3 * 3 * 3);
    }

    /**
     * Version 3 (the second legal pass) over the version-2 space plus both sides of its new dates
     * (31 Oct 2023, UU 20/2023; 1 Jan 2024, SE 18/2023 certainly in force): 25 x 3 x 16 x 3 x 3^5 =
     * 874,800 inputs, each also classified as ACTIVE when given as PASSIVE. Besides the checks of
     * version 2: every VIOLATION names a sanction, and passive attendance is never sanctioned more
     * heavily than active support for the same act, stage and person.
     */
    @Test
    void versionThreeIsTotalConsistentAndOrdered() throws Exception {
        ReferenceSnapshot snapshot = snapshot(ReferenceSnapshotTest.FILE_V3);
        CompiledCatalog catalog = snapshot.compile();
        Election pilkada = snapshot.election("PILKADA_2024");
        Election pemilu = snapshot.election("PEMILU_2024");
        List<Day> days = List.of(new Day(pilkada, "2024-08-15", null), new Day(pilkada, "2024-10-30", null),
                new Day(pilkada, "2024-11-25", null), new Day(pilkada, "2024-11-27", null), new Day(pilkada, "2024-12-10", null),
                new Day(pemilu, "2022-07-01", null), new Day(pemilu, "2023-10-30", null), new Day(pemilu, "2023-10-31", null),
                new Day(pemilu, "2023-11-05", null), new Day(pemilu, "2023-11-05", Contest.DPR),
                new Day(pemilu, "2023-11-05", Contest.PRESIDENTIAL), new Day(pemilu, "2023-12-31", null),
                new Day(pemilu, "2024-01-01", null), new Day(pemilu, "2024-02-12", null), new Day(pemilu, "2024-02-14", null),
                new Day(null, "2025-06-01", null));
        int checked = everyInput(snapshot, days, facts -> {
            Classification c = Classifier.classify(facts, catalog);
            check(facts, c);
            checkVersionTwo(facts, c, catalog);
            require(c.verdict() != Verdict.VIOLATION || c.sanctionType() != SanctionType.NONE, facts, "a violation without a sanction");
            if (facts.participation() == Participation.PASSIVE && c.verdict() == Verdict.VIOLATION) {
                Facts active = new Facts(facts.employmentType(), facts.act(), facts.occurredOn(), facts.election(), facts.relation(),
                        Participation.ACTIVE, facts.partisanSymbols(), facts.onUnpaidLeave(), facts.contest(), facts.official(),
                        facts.officialDuty());
                Classification a = Classifier.classify(active, catalog);
                require(a.verdict() == Verdict.NEEDS_REVIEW || (a.verdict() == Verdict.VIOLATION
                        && a.sanctionType().heavier(c.sanctionType()) == a.sanctionType()), facts,
                        "passive (" + c.sanctionType() + ") heavier than active (" + a.verdict() + " " + a.sanctionType() + ")");
            }
        });
        assertThat(checked).isEqualTo(snapshot.acts().size() * 3 * 16 * 3 * 3 * 3 * 3 * 3 * 3);
    }

    /** Every input of versions 2 on over these days: act x type x day x relation x 3^6 facts; how many were run. */
    private static int everyInput(ReferenceSnapshot snapshot, List<Day> days, java.util.function.Consumer<Facts> each) {
        int checked = 0;
        for (ReferenceSnapshot.ActLabel act : snapshot.acts()) {
            for (EmploymentType type : EmploymentType.values()) {
                for (Day day : days) {
                    for (CandidateRelation relation : CandidateRelation.values()) {
                        for (Participation participation : PARTICIPATION) {
                            for (Boolean symbols : TRI) {
                                for (Boolean leave : TRI) {
                                    for (Boolean official : TRI) {
                                        for (Boolean duty : TRI) {
                                            each.accept(new Facts(type, act.code(), day.date, day.election, relation, participation,
                                                    symbols, leave, day.contest, official, duty));
                                            checked++;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return checked;
    }

    private record Day(Election election, LocalDate date, Contest contest) {
        Day(Election election, String date, Contest contest) {
            this(election, LocalDate.parse(date), contest);
        }
    }

    private static ReferenceSnapshot snapshot(String file) throws Exception {
        return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(
                ClassifierExhaustiveTest.class.getClassLoader().getResource(file), ReferenceSnapshot.class);
    }

    private static void check(Facts facts, Classification c) {
        require(c.verdict() != null, facts, "no verdict");
        require(!c.explanation(Language.ENGLISH).isBlank() && !c.explanation(Language.INDONESIAN).isBlank(), facts, "no explanation");
        switch (c.verdict()) {
            case VIOLATION -> {
                require(!c.rules().isEmpty(), facts, "a violation without a rule");
                require(c.rules().stream().allMatch(r -> r.kind == RuleKind.PROHIBITION || r.kind == RuleKind.CONTRACT), facts,
                        "a violation grounded on a rule that does not prohibit");
                SanctionType heaviest = c.rules().stream().map(r -> r.sanctionType).reduce(SanctionType.NONE, SanctionType::heavier);
                require(c.sanctionType() == heaviest, facts, "the tier is not the heaviest cited");
                require(c.pending().stream().allMatch(r -> r.kind == RuleKind.CRIMINAL), facts,
                        "a violation may only leave a referral open");
            }
            case PERMITTED -> {
                require(!c.rules().isEmpty() && c.rules().stream().allMatch(r -> r.kind == RuleKind.PERMISSION), facts,
                        "permitted without a permission");
                require(c.sanctionType() == SanctionType.NONE && c.criminal().isEmpty(), facts, "a permitted act with a sanction");
            }
            case NEEDS_REVIEW -> {
                require(!c.questions().isEmpty(), facts, "a review without a question");
                require(c.criminal().isEmpty(), facts, "a referral without a verdict");
            }
        }
        for (Classification.Question q : c.questions()) {
            if (q.field() != null) {
                Object given = switch (q.field()) {
                    case "participation" -> facts.participation();
                    case "partisanSymbols" -> facts.partisanSymbols();
                    case "onUnpaidLeave" -> facts.onUnpaidLeave();
                    case "official" -> facts.official();
                    case "officialDuty" -> facts.officialDuty();
                    case "contest" -> facts.contest();
                    default -> throw new AssertionError("unexpected question field " + q.field());
                };
                require(given == null, facts, "asked for " + q.field() + ", already given");
            }
        }
    }

    private static void checkVersionTwo(Facts facts, Classification c, CompiledCatalog catalog) {
        boolean nonAsn = facts.employmentType() == EmploymentType.NON_ASN;
        // the catalog keeps explanations by the answer's shape: a shape taken for another would give another's words
        for (Language language : Language.values()) {
            require(c.explanation(language).equals(Explanation.rendered(c, language)), facts,
                    "the explanation kept for this shape differs from one rendered afresh (" + language + ")");
            // the day is written into the kept words by hand, not by LocalDate: it must read as ISO does
            require(c.explanation(language).contains(" " + facts.occurredOn() + ", "), facts,
                    "the explanation does not give the act's day as " + facts.occurredOn() + " (" + language + ")");
        }
        if (c.verdict() == Verdict.VIOLATION) {
            require(nonAsn == (c.sanctionType() == SanctionType.EMPLOYMENT_CONTRACT), facts,
                    "non-ASN staff, and only they, are sanctioned under the contract");
        }
        if (facts.occurredOn().isBefore(catalog.coversFrom)) {
            require(c.verdict() == Verdict.NEEDS_REVIEW && c.rules().isEmpty(), facts, "judged before the catalog's first day");
        }
        boolean contestDecides = facts.election() != null && facts.contest() == null
                && !facts.occurredOn().isBefore(facts.election().firstCandidatesSetOn())
                && facts.occurredOn().isBefore(facts.election().candidatesSetOn);
        require(c.stage() != null || contestDecides, facts, "no stage although the contest does not decide it");
        List<Rule> referrals = new ArrayList<>(c.criminal());
        referrals.addAll(c.pending().stream().filter(r -> r.kind == RuleKind.CRIMINAL).toList());
        for (Rule referral : referrals) {
            require(referral.text.english().contains("not a verdict"), facts, referral.code + " does not say it is a referral");
            require(!nonAsn || referral.employmentTypes.isEmpty() || referral.employmentTypes.contains("NON_ASN"), facts,
                    referral.code + " binds ASN only");
        }
        if (c.disputed()) {
            String english = c.explanation(Language.ENGLISH);
            require(english.contains("Disputed"), facts, "a disputed answer that does not say so");
        }
    }

    private static void require(boolean holds, Facts facts, String what) {
        if (!holds) {
            throw new AssertionError(what + ": " + Objects.toString(facts));
        }
    }
}
