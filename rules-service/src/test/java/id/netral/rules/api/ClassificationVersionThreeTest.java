package id.netral.rules.api;

import static id.netral.rules.api.ClassificationVersionTwoTest.assertAnswer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalog version 3, the second legal pass (issue points 1, 3, 5, 6, 7), each point with the
 * version-2 answer it corrects next to the version-3 one, and every date on both of its sides:
 * 31 Oct 2023 (UU 20/2023 replaces UU 5/2014), 1 Jan 2024 (SE 18/2023 certainly in force), and the
 * stages of a campaign team. Columns as in {@link ClassificationVersionTwoTest}, the catalog version first.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ClassificationVersionThreeTest {

    @ParameterizedTest(name = "[{index}] v{0} {1} {2} {3} {4} rel={6} part={7} sym={8} off={9} duty={10} -> {11} {12} {13}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # 1. passive attendance with attributes before candidates are set: an ethics matter, no heavier than active support
            2 | PNS  | ATTEND_DECLARATION  | 2024-08-01 | PILKADA_2024 | - | -      | PASSIVE | true  | -     | -    | VIOLATION    | DISCIPLINE_MEDIUM | PP94-5N2                                   | -                | -        | BEFORE_CANDIDATES_SET | false
            3 | PNS  | ATTEND_DECLARATION  | 2024-08-01 | PILKADA_2024 | - | -      | PASSIVE | true  | -     | -    | VIOLATION    | MORAL             | SKB22-E3-ATTRIBUTES                        | -                | -        | BEFORE_CANDIDATES_SET | true
            3 | PNS  | ATTEND_DECLARATION  | 2024-08-01 | PILKADA_2024 | - | -      | ACTIVE  | -     | -     | -    | VIOLATION    | MORAL             | SKB22-E3                                   | -                | -        | BEFORE_CANDIDATES_SET | true
            3 | PNS  | ATTEND_CAMPAIGN     | 2024-10-30 | PILKADA_2024 | - | -      | PASSIVE | true  | -     | -    | VIOLATION    | DISCIPLINE_MEDIUM | PP94-5N2                                   | -                | -        | CAMPAIGN              | false
            3 | PNS  | ATTEND_CAMPAIGN     | 2024-10-30 | PILKADA_2024 | - | -      | ACTIVE  | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D4                                   | -                | -        | CAMPAIGN              | true
            # 3. party membership: UU 5/2014 until 30 Oct 2023, UU 20/2023 from 31 Oct 2023
            2 | PNS  | PARTY_MEMBERSHIP    | 2023-10-30 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISMISSAL         | SKB22-D5                                   | -                | -        | BEFORE_CANDIDATES_SET | false
            3 | PNS  | PARTY_MEMBERSHIP    | 2023-10-30 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISMISSAL         | SKB22-D5 UU5-87                            | -                | -        | BEFORE_CANDIDATES_SET | true
            3 | PNS  | PARTY_MEMBERSHIP    | 2023-10-31 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISMISSAL         | SKB22-D5 UU20-52                           | -                | -        | BEFORE_CANDIDATES_SET | false
            3 | PPPK | PARTY_MEMBERSHIP    | 2023-10-30 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISMISSAL         | SKB22-D5 UU5-105                           | -                | -        | BEFORE_CANDIDATES_SET | true
            3 | PPPK | PARTY_MEMBERSHIP    | 2023-10-31 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISMISSAL         | SKB22-D5 UU20-52                           | -                | -        | BEFORE_CANDIDATES_SET | false
            3 | PNS  | PARTY_MEMBERSHIP    | 2025-06-01 | -            | - | -      | -       | -     | -     | -    | VIOLATION    | DISMISSAL         | UU20-52                                    | -                | -        | OUTSIDE_ELECTION      | false
            # 5. an official rallying support for a pair in a regional election: art. 71(1), referred under art. 188
            2 | PNS  | PARTISAN_ACTIVITY   | 2024-10-30 | PILKADA_2024 | - | -      | -       | -     | true  | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8 UU10-70                           | -                | -        | CAMPAIGN              | true
            3 | PNS  | PARTISAN_ACTIVITY   | 2024-10-30 | PILKADA_2024 | - | -      | -       | -     | true  | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8 UU10-70 UU10-71-ACTIONS           | UU10-188-ACTIONS | -        | CAMPAIGN              | true
            3 | PNS  | PARTISAN_ACTIVITY   | 2024-10-30 | PILKADA_2024 | - | -      | -       | -     | false | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8 UU10-70                           | -                | -        | CAMPAIGN              | true
            3 | PNS  | PARTISAN_ACTIVITY   | 2024-10-30 | PILKADA_2024 | - | -      | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8 UU10-70                           | -                | official | CAMPAIGN              | true
            3 | PNS  | PARTISAN_ACTIVITY   | 2024-01-15 | PEMILU_2024  | - | -      | -       | -     | true  | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8 UU7-283                           | -                | -        | CAMPAIGN              | true
            # 6. forbidden but without a sanction: a question, not a VIOLATION with sanction NONE
            2 | PNS  | SPEAKER_AT_CAMPAIGN | 2024-10-30 | PILKADA_2024 | - | SPOUSE | -       | -     | -     | true | VIOLATION    | NONE              | SE18-X2                                    | -                | -        | CAMPAIGN              | false
            3 | PNS  | SPEAKER_AT_CAMPAIGN | 2024-10-30 | PILKADA_2024 | - | SPOUSE | -       | -     | -     | true | NEEDS_REVIEW | NONE              | SE18-X2                                    | -                | ?        | CAMPAIGN              | true
            # 7. a campaign team member is referred while the team stands, the quiet period included
            2 | PNS  | CAMPAIGN_TEAM_ROLE  | 2024-02-12 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D10 UU7-280 UU7-283                  | -                | -        | QUIET_PERIOD          | true
            3 | PNS  | CAMPAIGN_TEAM_ROLE  | 2024-02-12 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D10 UU7-280 UU7-283                  | UU7-494          | -        | QUIET_PERIOD          | true
            3 | PNS  | CAMPAIGN_TEAM_ROLE  | 2024-02-14 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D10 UU7-280 UU7-283                  | UU7-494          | -        | VOTE_DAY              | true
            3 | PNS  | CAMPAIGN_TEAM_ROLE  | 2023-11-20 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D10 UU7-280 UU7-283                  | UU7-494          | -        | CANDIDATES_SET        | true
            3 | PNS  | CAMPAIGN_TEAM_ROLE  | 2024-02-20 | PEMILU_2024  | - | -      | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D10 UU7-280 UU7-283                  | -                | -        | AFTER_VOTE            | true
            # 7. SE 18/2023 on spouses: certainly in force from 1 Jan 2024, a question before
            2 | PNS  | ATTEND_CAMPAIGN     | 2023-12-31 | PEMILU_2024  | - | SPOUSE | PASSIVE | false | -     | -    | PERMITTED    | NONE              | PERM-PASSIVE SE18-P2                       | -                | -        | CAMPAIGN              | true
            3 | PNS  | ATTEND_CAMPAIGN     | 2023-12-31 | PEMILU_2024  | - | SPOUSE | PASSIVE | false | -     | -    | NEEDS_REVIEW | NONE              | SE18-UNDATED                               | -                | ?        | CAMPAIGN              | true
            3 | PNS  | ATTEND_CAMPAIGN     | 2024-01-01 | PEMILU_2024  | - | SPOUSE | PASSIVE | false | -     | -    | PERMITTED    | NONE              | PERM-PASSIVE SE18-P2                       | -                | -        | CAMPAIGN              | true
            3 | PNS  | SOCIAL_MEDIA_POST   | 2023-12-31 | PEMILU_2024  | - | SPOUSE | -       | -     | -     | -    | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D6 UU7-283                           | -                | -        | CAMPAIGN              | false
            """)
    void classifies(int version, String type, String act, String date, String election, String contest, String relation,
            String participation, String symbols, String official, String officialDuty, String verdict, String sanction, String rules,
            String criminal, String questions, String stage, boolean disputed) {
        assertAnswer(version, type, act, date, election, contest, relation, participation, symbols, official, officialDuty, verdict,
                sanction, rules, criminal, questions, stage, disputed);
    }

    /** Point 3: the answer cites the statute in force on the act's date, and the tier text names none for all dates. */
    @Test
    void partyMembershipCitesTheAsnLawInForceOnTheDay() {
        JsonPath before = classify(2, "PNS", "2023-10-30");
        assertThat(before.getList("rules.basis", String.class)).as("version 2: UU 20/2023 even before it took effect")
                .containsOnly("UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)");

        JsonPath pns = classify(3, "PNS", "2023-10-30");
        assertThat(pns.getList("rules.basis", String.class))
                .contains("UU 5/2014 Pasal 87 ayat (4) huruf c jo. PP 11/2017 Pasal 255 ayat (4)")
                .noneMatch(basis -> basis != null && basis.contains("20/2023"));
        assertThat(pns.getString("sanction.detail")).doesNotContain("20/2023");
        JsonPath pppk = classify(3, "PPPK", "2023-10-30");
        assertThat(pppk.getList("rules.basis", String.class)).contains("UU 5/2014 Pasal 105 ayat (3) huruf c (belum terkonfirmasi)");

        JsonPath after = classify(3, "PNS", "2023-10-31");
        assertThat(after.getList("rules.basis", String.class)).contains("UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)")
                .noneMatch(basis -> basis != null && basis.contains("5/2014"));
    }

    private static JsonPath classify(int version, String type, String date) {
        return given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).header("Accept-Language", "id")
                .contentType("application/json")
                .body(Map.of("employmentType", type, "act", "PARTY_MEMBERSHIP", "occurredOn", date, "election", "PEMILU_2024",
                        "catalogVersion", version))
                .when().post("/api/v1/classifications").then().statusCode(200).extract().jsonPath();
    }

    /**
     * Point 2: the 2024 elections overlap from 26 Jan 2024 (the regional stages begin, PKPU 2/2024) to
     * 10 Jun 2024 (the general election's last results final). In the overlap the contest places an
     * act; without it the answer asks. A like, no election named.
     */
    @ParameterizedTest(name = "[{index}] like on {0} contest={1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2024-01-25 | -             | VIOLATION    | PEMILU_2024  | CAMPAIGN              | -
            2024-01-26 | -             | NEEDS_REVIEW | -            | -                     | contest
            2024-01-26 | PRESIDENTIAL  | VIOLATION    | PEMILU_2024  | CAMPAIGN              | -
            2024-03-05 | -             | NEEDS_REVIEW | -            | -                     | contest
            2024-03-05 | REGIONAL_HEAD | VIOLATION    | PILKADA_2024 | BEFORE_CANDIDATES_SET | -
            2024-03-05 | PRESIDENTIAL  | VIOLATION    | PEMILU_2024  | AFTER_VOTE            | -
            2024-03-21 | -             | NEEDS_REVIEW | -            | -                     | contest
            2024-04-30 | DPR           | VIOLATION    | PEMILU_2024  | AFTER_VOTE            | -
            2024-06-10 | -             | NEEDS_REVIEW | -            | -                     | contest
            2024-06-11 | -             | VIOLATION    | PILKADA_2024 | BEFORE_CANDIDATES_SET | -
            2024-06-11 | PRESIDENTIAL  | -            | -            | -                     | -
            2025-06-01 | -             | NEEDS_REVIEW | -            | OUTSIDE_ELECTION      | ?
            """)
    void overlappingElectionsArePlacedByTheContestOrAsked(String date, String contest, String verdict, String election, String stage,
            String question) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("employmentType", "PNS", "act", "SOCIAL_MEDIA_LIKE",
                "occurredOn", date, "catalogVersion", 3));
        if (contest != null) {
            body.put("contest", contest);
        }
        var response = given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04")).header("Accept-Language", "en")
                .contentType("application/json").body(body).when().post("/api/v1/classifications").then();
        if (verdict == null) {
            // the contest names no election running that day: the caller's facts contradict the calendar
            response.statusCode(422).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
            return;
        }
        JsonPath answer = response.statusCode(200).extract().jsonPath();
        assertThat(answer.getString("verdict")).isEqualTo(verdict);
        assertThat(answer.getString("election")).isEqualTo(election);
        assertThat(answer.getString("stage")).isEqualTo(stage);
        assertThat(answer.getList("questions", Map.class).stream().map(q -> q.get("field") == null ? "?" : (String) q.get("field")).toList())
                .isEqualTo(question == null ? java.util.List.of() : java.util.List.of(question));
        if ("contest".equals(question)) {
            assertThat(answer.getString("questions[0].question")).contains("PEMILU_2024 (DPD, DPR, DPRD, PRESIDENTIAL)",
                    "PILKADA_2024 (REGIONAL_HEAD)");
            assertThat(answer.getList("pendingRules.code", String.class)).as("what each election would apply")
                    .contains("SKB22-E4");
        }
    }
}
