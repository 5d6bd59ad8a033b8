package id.netral.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalog version 2, the law's exact mapping (DOMAIN "Precision the catalog needs"), pinned to
 * version 2. Each row asserts the exact set of cited rules, criminal referrals and questions.
 * Timelines: PEMILU_2024 lists set 2023-11-03, presidential pairs 2023-11-13, campaign 2023-11-28 to
 * 2024-02-10, quiet 11-13 Feb, vote 2024-02-14; PILKADA_2024 pairs set 2024-09-22, campaign 2024-09-25
 * to 2024-11-23, quiet 24-26 Nov, vote 2024-11-27. In the question column "?" is a question without a field.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ClassificationVersionTwoTest {

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} contest={4} rel={5} part={6} sym={7} off={8} duty={9} -> {10} {11} {12}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # stages by date, both 2024 elections
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-09-01 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | MORAL               | SKB22-E4                         | -          | -               | BEFORE_CANDIDATES_SET | true
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-09-23 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6                         | -          | -               | CANDIDATES_SET        | false
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6                         | -          | -               | CAMPAIGN              | false
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-11-25 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6                         | -          | -               | QUIET_PERIOD          | false
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-11-27 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6                         | -          | -               | VOTE_DAY              | false
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-12-10 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6                         | -          | -               | AFTER_VOTE            | false
            PNS     | SOCIAL_MEDIA_SHARE    | 2023-10-01 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | MORAL               | SKB22-E4 UU7-283                 | -          | -               | BEFORE_CANDIDATES_SET | true
            PNS     | SOCIAL_MEDIA_SHARE    | 2023-11-20 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | CANDIDATES_SET        | false
            PNS     | SOCIAL_MEDIA_SHARE    | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | CAMPAIGN              | false
            PNS     | SOCIAL_MEDIA_SHARE    | 2024-02-12 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | QUIET_PERIOD          | false
            PNS     | SOCIAL_MEDIA_SHARE    | 2024-02-14 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | VOTE_DAY              | false
            PNS     | SOCIAL_MEDIA_SHARE    | 2024-02-20 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | AFTER_VOTE            | false
            # contests: between 3 and 13 Nov 2023 the contest decides
            PNS     | SOCIAL_MEDIA_LIKE     | 2023-11-05 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | NEEDS_REVIEW | NONE                | -                                | -          | contest         | -                     | true
            PNS     | SOCIAL_MEDIA_LIKE     | 2023-11-05 | PEMILU_2024  | DPR          | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | CANDIDATES_SET        | false
            PNS     | SOCIAL_MEDIA_LIKE     | 2023-11-05 | PEMILU_2024  | PRESIDENTIAL | -      | -       | -     | -     | -     | VIOLATION    | MORAL               | SKB22-E4 UU7-283                 | -          | -               | BEFORE_CANDIDATES_SET | true
            PNS     | SOCIAL_MEDIA_LIKE     | 2023-11-14 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D6 UU7-283                 | -          | -               | CANDIDATES_SET        | false
            PNS     | PARTY_MEMBERSHIP      | 2023-11-05 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISMISSAL           | SKB22-D5 UU20-52                 | -          | -               | BEFORE_CANDIDATES_SET | false
            # criminal referrals and the acts that are not referred
            PNS     | CAMPAIGN_TEAM_ROLE    | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D10 UU7-280 UU7-283        | UU7-494    | -               | CAMPAIGN              | true
            PNS     | EXPERT_TEAM           | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D10 UU7-280 UU7-283        | UU7-494    | -               | CAMPAIGN              | true
            PNS     | SPEAKER_AT_CAMPAIGN   | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | false | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8-SPEAKER UU7-280-SPEAKER | UU7-494-SPEAKER | -          | CAMPAIGN              | true
            PNS     | CAMPAIGN_TEAM_ROLE    | 2023-11-20 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D10 UU7-280 UU7-283        | -          | -               | CANDIDATES_SET        | true
            PNS     | CAMPAIGN_TEAM_ROLE    | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D10 UU10-70                | -          | -               | CAMPAIGN              | true
            PNS     | PARTISAN_ACTIVITY     | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8 UU10-70                 | -          | -               | CAMPAIGN              | true
            PNS     | FAVOURING_DECISION    | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | true  | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D12 UU10-71                | UU10-188   | -               | CAMPAIGN              | false
            PNS     | FAVOURING_DECISION    | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | false | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D12                        | -          | -               | CAMPAIGN              | false
            PNS     | FAVOURING_DECISION    | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D12                        | -          | official        | CAMPAIGN              | false
            PPPK    | USE_STATE_FACILITIES  | 2024-08-15 | PILKADA_2024 | -            | -      | -       | -     | true  | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D12-FACILITIES UU10-71     | UU10-188   | -               | BEFORE_CANDIDATES_SET | false
            PNS     | USE_STATE_FACILITIES  | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D12-FACILITIES UU7-283     | -          | -               | CAMPAIGN              | false
            PNS     | MONEY_POLITICS        | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8 UU7-283                 | UU7-523-1  | -               | CAMPAIGN              | true
            PNS     | MONEY_POLITICS        | 2024-02-12 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8 UU7-283                 | UU7-523-2  | -               | QUIET_PERIOD          | true
            PNS     | MONEY_POLITICS        | 2024-02-14 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8 UU7-283                 | UU7-523-3  | -               | VOTE_DAY              | true
            PNS     | MONEY_POLITICS        | 2023-11-20 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8 UU7-283                 | -          | -               | CANDIDATES_SET        | true
            PNS     | MONEY_POLITICS        | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D8                         | UU10-187A  | -               | CAMPAIGN              | true
            # acts and facts the first catalog got wrong or lacked
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | -      | PASSIVE | true  | -     | -     | VIOLATION    | DISCIPLINE_MEDIUM   | PP94-5N2                         | -          | -               | CAMPAIGN              | false
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | -      | PASSIVE | false | -     | -     | PERMITTED    | NONE                | PERM-PASSIVE                     | -          | -               | CAMPAIGN              | false
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | -      | PASSIVE | -     | -     | -     | NEEDS_REVIEW | NONE                | -                                | -          | partisanSymbols | CAMPAIGN              | false
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | -      | ACTIVE  | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | SKB22-D4                         | -          | -               | CAMPAIGN              | true
            PNS     | MOBILISE_SUBORDINATES | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | PP94-5N3                         | -          | -               | CAMPAIGN              | false
            PPPK    | MOBILISE_SUBORDINATES | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_HEAVY    | PP94-5N3 UU7-283                 | -          | -               | CAMPAIGN              | false
            PNS     | SPEAKER_AT_CAMPAIGN   | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | true  | PERMITTED    | NONE                | PERM-OFFICIAL-DUTY               | -          | -               | CAMPAIGN              | false
            PNS     | SPEAKER_AT_CAMPAIGN   | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | NEEDS_REVIEW | NONE                | -                                | -          | officialDuty    | CAMPAIGN              | true
            PNS     | CAMPAIGN_TEAM_ROLE    | 2024-08-15 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_MEDIUM   | SKB22-D9 UU10-70                 | -          | -               | BEFORE_CANDIDATES_SET | true
            PNS     | EXPERT_TEAM           | 2024-08-15 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | DISCIPLINE_MEDIUM   | SKB22-D9 UU10-70                 | -          | -               | BEFORE_CANDIDATES_SET | true
            PNS     | PARTY_MEMBERSHIP      | 2025-06-01 | -            | -            | -      | -       | -     | -     | -     | VIOLATION    | DISMISSAL           | UU20-52                          | -          | -               | OUTSIDE_ELECTION      | false
            PPPK    | PARTY_MEMBERSHIP      | 2026-03-02 | -            | -            | -      | -       | -     | -     | -     | VIOLATION    | DISMISSAL           | UU20-52                          | -          | -               | OUTSIDE_ELECTION      | false
            PNS     | SOCIAL_MEDIA_LIKE     | 2022-07-01 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | NEEDS_REVIEW | NONE                | -                                | -          | ?               | BEFORE_CANDIDATES_SET | false
            # spouses: passive attendance without attributes, disputed on unpaid leave
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | SPOUSE | PASSIVE | false | -     | -     | PERMITTED    | NONE                | PERM-PASSIVE SE18-P2             | -          | -               | CAMPAIGN              | true
            # non-ASN staff: the contract, never an ASN tier; permitted stays permitted
            NON_ASN | SOCIAL_MEDIA_LIKE     | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | EMPLOYMENT_CONTRACT | NON-ASN-CONTRACT                 | -          | -               | CAMPAIGN              | true
            NON_ASN | SOCIAL_MEDIA_LIKE     | 2024-08-15 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | EMPLOYMENT_CONTRACT | NON-ASN-CONTRACT                 | -          | -               | BEFORE_CANDIDATES_SET | true
            NON_ASN | TAGGED_BY_OTHERS      | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | PERMITTED    | NONE                | PERM-TAGGED                      | -          | -               | CAMPAIGN              | false
            NON_ASN | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | SPOUSE | PASSIVE | false | -     | -     | PERMITTED    | NONE                | PERM-PASSIVE SE18-P2             | -          | -               | CAMPAIGN              | true
            NON_ASN | MONEY_POLITICS        | 2024-02-14 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | EMPLOYMENT_CONTRACT | NON-ASN-CONTRACT                 | UU7-523-3  | -               | VOTE_DAY              | true
            NON_ASN | CAMPAIGN_TEAM_ROLE    | 2024-01-15 | PEMILU_2024  | -            | -      | -       | -     | -     | -     | VIOLATION    | EMPLOYMENT_CONTRACT | NON-ASN-CONTRACT                 | -          | -               | CAMPAIGN              | true
            NON_ASN | FAVOURING_DECISION    | 2024-10-30 | PILKADA_2024 | -            | -      | -       | -     | -     | -     | VIOLATION    | EMPLOYMENT_CONTRACT | NON-ASN-CONTRACT                 | -          | -               | CAMPAIGN              | true
            NON_ASN | PARTY_MEMBERSHIP      | 2025-06-01 | -            | -            | -      | -       | -     | -     | -     | VIOLATION    | EMPLOYMENT_CONTRACT | NON-ASN-CONTRACT                 | -          | -               | OUTSIDE_ELECTION      | true
            NON_ASN | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -            | -      | PASSIVE | -     | -     | -     | NEEDS_REVIEW | NONE                | -                                | -          | partisanSymbols | CAMPAIGN              | false
            """)
    void classifies(String type, String act, String date, String election, String contest, String relation, String participation,
            String symbols, String official, String officialDuty, String verdict, String sanction, String rules, String criminal,
            String questions, String stage, boolean disputed) {
        assertAnswer(2, type, act, date, election, contest, relation, participation, symbols, official, officialDuty, verdict, sanction,
                rules, criminal, questions, stage, disputed);
    }

    /** One row of a version's table: the request built from the facts given, both languages' answers checked. */
    static void assertAnswer(int version, String type, String act, String date, String election, String contest, String relation,
            String participation, String symbols, String official, String officialDuty, String verdict, String sanction, String rules,
            String criminal, String questions, String stage, boolean disputed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employmentType", type);
        body.put("act", act);
        body.put("occurredOn", date);
        body.put("catalogVersion", version);
        putIfGiven(body, "election", election);
        putIfGiven(body, "contest", contest);
        putIfGiven(body, "relationToCandidate", relation);
        putIfGiven(body, "participation", participation);
        putIfGiven(body, "partisanSymbols", symbols == null ? null : Boolean.valueOf(symbols));
        putIfGiven(body, "official", official == null ? null : Boolean.valueOf(official));
        putIfGiven(body, "officialDuty", officialDuty == null ? null : Boolean.valueOf(officialDuty));

        JsonPath id = classify(body, "id");
        JsonPath en = classify(body, "en");

        assertThat(id.getString("verdict")).isEqualTo(verdict);
        assertThat(id.getString("sanction.type")).isEqualTo(sanction);
        assertThat(id.getInt("catalogVersion")).isEqualTo(version);
        assertThat(id.getList("rules.code", String.class)).as("cited rules").containsExactlyInAnyOrderElementsOf(codes(rules));
        assertThat(id.getList("criminal.rule", String.class)).as("referrals").containsExactlyInAnyOrderElementsOf(codes(criminal));
        assertThat(id.getList("questions", Map.class).stream().map(q -> q.get("field") == null ? "?" : (String) q.get("field")).toList())
                .as("questions").containsExactlyInAnyOrderElementsOf(codes(questions));
        assertThat(id.getString("stage")).isEqualTo(stage);
        assertThat(id.getBoolean("disputed")).as("disputed").isEqualTo(disputed);
        assertThat(id.getString("election")).isEqualTo(election);

        // every referral says it is one, in the answer and in its explanation
        assertThat(en.getList("criminal.nature", String.class)).allSatisfy(n -> assertThat(n).contains("not a verdict"));
        assertThat(id.getList("criminal.nature", String.class)).allSatisfy(n -> assertThat(n).contains("bukan putusan"));
        if (criminal != null) {
            assertThat(en.getString("explanation")).contains("May be referred to Gakkumdu", "a referral, not a verdict");
        }
        // a disputed rule shows its note on the reference and in the explanation
        List<Map<String, Object>> cited = en.getList("rules");
        cited.addAll(en.getList("pendingRules"));
        cited.addAll(en.getList("conductRules"));
        for (Map<String, Object> rule : cited) {
            if (Boolean.TRUE.equals(rule.get("disputed"))) {
                assertThat((String) rule.get("disputeNote")).isNotBlank();
                assertThat(en.getString("explanation")).contains((String) rule.get("disputeNote"));
            }
        }
        if (disputed) {
            assertThat(en.getString("explanation")).containsAnyOf("Disputed reading", "Disputed basis");
            assertThat(id.getString("explanation")).containsAnyOf("Pembacaan yang diperdebatkan", "Dasar sanksi diperdebatkan");
        }
        // non-ASN staff never get an ASN tier or a moral sanction
        if (type.equals("NON_ASN")) {
            assertThat(sanction).isIn("NONE", "EMPLOYMENT_CONTRACT");
            assertThat(en.getString("sanction.detail")).doesNotContain("PP 42/2004 art. 15");
        }
    }

    @Test
    void pnsAnswersCiteThePointOfPp94AndTheArticleOfTheTier() {
        JsonPath like = classify(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2024-10-30",
                "election", "PILKADA_2024", "catalogVersion", 2), "id");
        assertThat(like.getString("rules[0].basis")).isEqualTo("PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i");
        assertThat(like.getString("sanction.basis")).isEqualTo("PP 94/2021 Pasal 8 ayat (4)");
        assertThat(like.getString("explanation")).contains("Pasal 5 huruf n angka 6");

        JsonPath party = classify(Map.of("employmentType", "PNS", "act", "PARTY_MEMBERSHIP", "occurredOn", "2024-10-30",
                "election", "PILKADA_2024", "catalogVersion", 2), "id");
        assertThat(party.getList("rules.basis", String.class)).containsOnly("UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)");
    }

    @Test
    void anExplanationOfTheSameAnswerOnAnotherDayDiffersByTheDayAlone() {
        // explanations are rendered once per shape of answer, the day put in afterwards: it must never stick
        for (String language : List.of("id", "en")) {
            String first = classify(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2024-10-30",
                    "election", "PILKADA_2024"), language).getString("explanation");
            String second = classify(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2024-10-31",
                    "election", "PILKADA_2024"), language).getString("explanation");
            String pppk = classify(Map.of("employmentType", "PPPK", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2024-10-31",
                    "election", "PILKADA_2024"), language).getString("explanation");
            assertThat(first).contains("2024-10-30").doesNotContain("2024-10-31");
            assertThat(second).isEqualTo(first.replace("2024-10-30", "2024-10-31"));
            assertThat(pppk).as("another employment type is another shape").isNotEqualTo(second).contains("PPPK", "2024-10-31");
        }
    }

    @Test
    void pppkAnswersCitePp49NotThePnsRegulations() {
        JsonPath like = classify(Map.of("employmentType", "PPPK", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2024-10-30",
                "election", "PILKADA_2024", "catalogVersion", 2), "en");
        assertThat(like.getList("rules.basis")).as("PP 94/2021 binds PNS").containsOnlyNulls();
        assertThat(like.getString("sanction.basis")).contains("PP 49/2018");
        assertThat(like.getString("sanction.detail")).contains("PP 49/2018").doesNotContain("PP 94/2021");
        assertThat(like.getString("explanation")).contains("PP 49/2018").doesNotContain("PP 94/2021 Pasal 5");

        JsonPath moral = classify(Map.of("employmentType", "PPPK", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2024-08-15",
                "election", "PILKADA_2024", "catalogVersion", 2), "en");
        assertThat(moral.getString("sanction.type")).isEqualTo("MORAL");
        assertThat(moral.getBoolean("sanction.disputed")).as("the PPPK basis of a moral sanction is uncertain").isTrue();
        assertThat(moral.getString("sanction.disputeNote")).contains("PP 42/2004 binds PNS only");
        assertThat(moral.getString("sanction.basis")).contains("PP 49/2018");
    }

    @Test
    void theRegionalCampaignTeamIsReferredNotTheAsn() {
        JsonPath team = classify(Map.of("employmentType", "PNS", "act", "CAMPAIGN_TEAM_ROLE", "occurredOn", "2024-10-30",
                "election", "PILKADA_2024", "catalogVersion", 2), "en");
        assertThat(team.getList("criminal")).isEmpty();
        assertThat(team.getString("explanation")).contains("the team, not the ASN, may be referred to Gakkumdu");
    }

    @Test
    void theContestQuestionNamesWhichContestsWereSetWhen() {
        JsonPath asked = classify(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2023-11-05",
                "election", "PEMILU_2024", "catalogVersion", 2), "en");
        assertThat(asked.getString("questions[0].question")).contains("DPR (2023-11-03)", "PRESIDENTIAL (2023-11-13) not yet");
        assertThat(asked.getList("pendingRules.code", String.class)).contains("SKB22-E4", "SKB22-D6");
        assertThat(asked.getString("stage")).isNull();
    }

    @Test
    void badContestsAreRefusedAndActsOutsideElectionsAnswered() {
        post(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2023-11-05", "election", "PEMILU_2024",
                "contest", "REGIONAL_HEAD")).statusCode(422).body("errors[0].field", equalTo("contest"));
        post(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2023-11-05", "election", "PEMILU_2024",
                "contest", "SENATE")).statusCode(400);
        post(Map.of("employmentType", "PNS", "act", "PARTY_MEMBERSHIP", "occurredOn", "2025-06-01", "contest", "DPR"))
                .statusCode(422).body("errors[0].field", equalTo("contest"));
        // outside elections only party membership has rules; for the rest the answer says no rule covers the act there
        post(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2025-06-01")).statusCode(200)
                .body("verdict", equalTo("NEEDS_REVIEW")).body("stage", equalTo("OUTSIDE_ELECTION"))
                .body("questions[0].question", containsString("OUTSIDE_ELECTION"));
    }

    @Test
    void anActBeforeTheSkbIsNotJudgedButSaidToBeOutsideEveryCatalog() {
        // no election of the calendar spans 1 March 2021, and no catalog version covers the day: say so, do not refuse it
        post(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2021-03-01")).statusCode(200)
                .body("verdict", equalTo("NEEDS_REVIEW")).body("sanction.type", equalTo("NONE"))
                .body("questions[0].question", org.hamcrest.Matchers.containsString("2022-09-22"))
                .body("questions[0].question", org.hamcrest.Matchers.containsString("2021-03-01"));
        // a contest named for such a day changes nothing
        post(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE", "occurredOn", "2022-09-21", "contest", "REGIONAL_HEAD"))
                .statusCode(200).body("verdict", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void versionOneKnowsNoneOfIt() {
        // the new act is unknown to version 1, and version 1 judges nothing outside an election
        post(Map.of("employmentType", "PNS", "act", "MOBILISE_SUBORDINATES", "occurredOn", "2024-10-30", "election", "PILKADA_2024",
                "catalogVersion", 1)).statusCode(422).body("errors[0].field", equalTo("act"));
        post(Map.of("employmentType", "PNS", "act", "PARTY_MEMBERSHIP", "occurredOn", "2025-06-01", "catalogVersion", 1))
                .statusCode(422).body("errors[0].field", equalTo("election"));
        // the new facts change nothing under version 1: a speaker on duty is still a violation there
        post(Map.of("employmentType", "PNS", "act", "SPEAKER_AT_CAMPAIGN", "occurredOn", "2024-01-15", "election", "PEMILU_2024",
                "officialDuty", true, "catalogVersion", 1)).statusCode(200).body("verdict", equalTo("VIOLATION"))
                .body("stage", equalTo("CANDIDATES_SET")).body("criminal.rule", hasItem("UU7-494"));
        // and without a version the current one (2, or a later admin change of it) answers
        post(Map.of("employmentType", "PNS", "act", "SPEAKER_AT_CAMPAIGN", "occurredOn", "2024-01-15", "election", "PEMILU_2024",
                "officialDuty", true)).statusCode(200).body("verdict", equalTo("PERMITTED")).body("catalogVersion", greaterThanOrEqualTo(2));
    }

    @Test
    void theActsListSaysWhichFactsAreAskedAndWhen() {
        JsonPath acts = given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).header("Accept-Language", "en")
                .queryParam("size", 100).get("/api/v1/acts").then().statusCode(200).extract().jsonPath();
        assertThat(acts.getInt("items.find { it.code == 'MOBILISE_SUBORDINATES' }.sinceVersion")).isEqualTo(2);
        assertThat(acts.getList("items.find { it.code == 'SPEAKER_AT_CAMPAIGN' }.facts.field", String.class)).contains("officialDuty", "contest");
        assertThat(acts.getList("items.find { it.code == 'FAVOURING_DECISION' }.facts.find { it.field == 'official' }.electionTypes",
                String.class)).containsExactly("REGIONAL");
        assertThat(acts.getList("items.find { it.code == 'FAVOURING_DECISION' }.facts.find { it.field == 'official' }.rules",
                String.class)).containsExactlyInAnyOrder("UU10-71", "UU10-188");
        assertThat(acts.getList("items.find { it.code == 'ATTEND_CAMPAIGN' }.facts.field", String.class))
                .contains("participation", "partisanSymbols");
        assertThat(acts.getString("items.find { it.code == 'ATTEND_CAMPAIGN' }.facts.find { it.field == 'partisanSymbols' }.question"))
                .contains("symbols of support");
    }

    @Test
    void theTiersAndVersionsOfTheCurrentCatalogShowTheirBasisAndModel() {
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).header("Accept-Language", "en")
                .queryParam("size", 100).get("/api/v1/sanction-tiers").then().statusCode(200)
                .body("items.find { it.sanctionType == 'EMPLOYMENT_CONTRACT' }.employmentType", equalTo("NON_ASN"))
                .body("items.find { it.sanctionType == 'EMPLOYMENT_CONTRACT' }.disputed", equalTo(true))
                .body("items.find { it.sanctionType == 'DISCIPLINE_HEAVY' && it.employmentType == 'PNS' }.basis",
                        equalTo("PP 94/2021 Pasal 8 ayat (4)"))
                .body("items.findAll { it.sanctionType == 'MORAL' && it.employmentType == 'PPPK' }.size()", equalTo(1));
        given().header("Authorization", TestTokens.bearer(Roles.PORTAL, "34.04")).get("/api/v1/catalog/versions?size=100")
                .then().statusCode(200)
                .body("items.find { it.version == 2 }.stageModel", equalTo("FULL"))
                .body("items.find { it.version == 2 }.coversFrom", equalTo("2022-09-22"))
                .body("items.find { it.version == 1 }.stageModel", equalTo("COARSE"))
                .body("items.find { it.version == 1 }.coversFrom", nullValue());
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).contentType("application/json").body(body)
                .post("/api/v1/classifications").then();
    }

    private static JsonPath classify(Map<String, Object> body, String language) {
        return given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).header("Accept-Language", language)
                .contentType("application/json").body(body).when().post("/api/v1/classifications")
                .then().statusCode(200).header("Content-Language", language).header("Vary", containsString("Accept-Language"))
                .extract().jsonPath();
    }

    private static List<String> codes(String spaced) {
        return spaced == null ? List.of() : Arrays.asList(spaced.trim().split("\\s+"));
    }

    private static void putIfGiven(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
