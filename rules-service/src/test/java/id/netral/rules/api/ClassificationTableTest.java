package id.netral.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalog's answers for the acts, stages, employment types and family relations that matter,
 * pinned to catalog version 1 so that catalog-change tests cannot move them. Dates: PILKADA_2024
 * candidates set 2024-09-22, vote 2024-11-27; PEMILU_2024 candidates set 2023-11-13, vote 2024-02-14.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ClassificationTableTest {

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} rel={4} part={5} sym={6} leave={7} -> {8} {9} {10}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D6         | SKB 2022             | -        | -
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-08-15 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | MORAL             | SKB22-E4         | SKB 2022             | -        | -
            PPPK    | SOCIAL_MEDIA_SHARE    | 2024-01-15 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | UU7-283          | UU 7/2017            | -        | -
            NON_ASN | SOCIAL_MEDIA_COMMENT  | 2023-10-01 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | MORAL             | SKB22-E4         | SKB 2022             | -        | -
            PNS     | SOCIAL_MEDIA_POST     | 2024-12-10 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D6         | SKB 2022             | -        | -
            PPPK    | SOCIAL_MEDIA_FOLLOW   | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D6         | SKB 2022             | -        | -
            PNS     | SOCIAL_MEDIA_CAMPAIGN | 2024-08-15 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | MORAL             | SKB22-E2         | SKB 2022             | -        | -
            PNS     | SOCIAL_MEDIA_CAMPAIGN | 2024-01-15 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D2         | SKB 2022             | -        | -
            NON_ASN | SOCIAL_MEDIA_LIKE     | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D6         | SKB 2022             | -        | -
            PNS     | TAGGED_BY_OTHERS      | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | PERMITTED    | NONE              | PERM-TAGGED      | SKB 2022             | -        | -
            PPPK    | VOTE                  | 2024-02-14 | PEMILU_2024  | -      | -       | -     | -     | PERMITTED    | NONE              | PERM-VOTE        | SKB 2022             | -        | -
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -      | PASSIVE | -     | -     | PERMITTED    | NONE              | PERM-PASSIVE     | SKB 2022             | -        | -
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -      | ACTIVE  | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D4         | SKB 2022             | -        | -
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | NEEDS_REVIEW | NONE              | SKB22-D4         | SKB 2022             | -        | participation
            PNS     | ATTEND_DECLARATION    | 2023-10-01 | PEMILU_2024  | -      | ACTIVE  | -     | -     | VIOLATION    | MORAL             | SKB22-E3         | SKB 2022             | -        | -
            PNS     | ATTEND_DECLARATION    | 2023-10-01 | PEMILU_2024  | -      | PASSIVE | -     | -     | PERMITTED    | NONE              | PERM-PASSIVE     | SKB 2022             | -        | -
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | -      | -       | true  | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D7         | SKB 2022             | -        | -
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-08-15 | PILKADA_2024 | -      | -       | true  | -     | VIOLATION    | MORAL             | SKB22-E5         | SKB 2022             | -        | -
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | -      | -       | false | -     | NEEDS_REVIEW | NONE              | REVIEW-PHOTO     | SKB 2022             | -        | -
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | NEEDS_REVIEW | NONE              | SKB22-D7         | SKB 2022             | -        | partisanSymbols
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | SPOUSE | -       | false | -     | PERMITTED    | NONE              | SE18-P3          | SE Menpan RB 18/2023 | -        | -
            PPPK    | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | SPOUSE | -       | false | -     | PERMITTED    | NONE              | SE18-P3          | SE Menpan RB 18/2023 | -        | -
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | SPOUSE | -       | true  | -     | VIOLATION    | DISCIPLINE_HEAVY  | SE18-X5          | SE Menpan RB 18/2023 | -        | -
            NON_ASN | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | SPOUSE | -       | false | -     | NEEDS_REVIEW | NONE              | -                | -                    | -        | -
            PNS     | PHOTO_WITH_CANDIDATE  | 2024-10-30 | PILKADA_2024 | RELATIVE | -     | false | -     | NEEDS_REVIEW | NONE              | REVIEW-PHOTO     | SKB 2022             | -        | -
            PNS     | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | SPOUSE | PASSIVE | -     | -     | PERMITTED    | NONE              | SE18-P2          | SE Menpan RB 18/2023 | -        | -
            PPPK    | ATTEND_CAMPAIGN       | 2024-10-30 | PILKADA_2024 | SPOUSE | ACTIVE  | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SE18-X6          | SE Menpan RB 18/2023 | -        | -
            PNS     | ATTEND_DECLARATION    | 2024-08-15 | PILKADA_2024 | SPOUSE | ACTIVE  | -     | false | VIOLATION    | MORAL             | SKB22-E7         | SKB 2022             | -        | -
            PNS     | ATTEND_DECLARATION    | 2024-08-15 | PILKADA_2024 | SPOUSE | ACTIVE  | -     | -     | VIOLATION    | MORAL             | SKB22-E3         | SKB 2022             | -        | -
            PNS     | ACCOMPANY_SPOUSE_REGISTRATION | 2024-08-29 | PILKADA_2024 | SPOUSE | - | - | -     | PERMITTED    | NONE              | SE18-P1          | SE Menpan RB 18/2023 | -        | -
            PNS     | ACCOMPANY_SPOUSE_REGISTRATION | 2024-08-29 | PILKADA_2024 | -  | -       | -     | -     | NEEDS_REVIEW | NONE              | REVIEW-ACCOMPANY | SE Menpan RB 18/2023 | -        | -
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-10-30 | PILKADA_2024 | SPOUSE | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SE18-X1          | SE Menpan RB 18/2023 | -        | -
            PNS     | SPEAKER_AT_CAMPAIGN   | 2024-01-15 | PEMILU_2024  | SPOUSE | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SE18-X2          | SE Menpan RB 18/2023 | UU7-494  | -
            PNS     | CAMPAIGN_TEAM_ROLE    | 2024-01-15 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | UU7-280          | UU 7/2017            | UU7-494  | -
            PNS     | CAMPAIGN_TEAM_ROLE    | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8         | SKB 2022             | UU10-188 | -
            PNS     | CAMPAIGN_TEAM_ROLE    | 2023-10-01 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | MORAL             | SKB22-E6         | SKB 2022             | -        | -
            PNS     | PARTY_MEMBERSHIP      | 2024-08-15 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISMISSAL         | SKB22-D5         | SKB 2022             | -        | -
            PPPK    | PARTY_MEMBERSHIP      | 2024-01-15 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISMISSAL         | SKB22-D5         | SKB 2022             | -        | -
            PNS     | APPROACH_PARTY        | 2024-08-15 | PILKADA_2024 | -      | -       | -     | false | VIOLATION    | DISCIPLINE_MEDIUM | SKB22-D3         | SKB 2022             | -        | -
            PNS     | APPROACH_PARTY        | 2024-08-15 | PILKADA_2024 | -      | -       | -     | -     | NEEDS_REVIEW | NONE              | SKB22-D3         | SKB 2022             | -        | onUnpaidLeave
            PNS     | APPROACH_PARTY        | 2024-08-15 | PILKADA_2024 | -      | -       | -     | true  | NEEDS_REVIEW | NONE              | -                | -                    | -        | -
            PNS     | EXPERT_TEAM           | 2024-08-15 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_MEDIUM | SKB22-D9         | SKB 2022             | -        | -
            PNS     | EXPERT_TEAM           | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D10        | SKB 2022             | -        | -
            PNS     | SUPPORT_INDEPENDENT_CANDIDATE_ID | 2024-05-20 | PILKADA_2024 | - | - | - | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D11        | SKB 2022             | -        | -
            PNS     | FAVOURING_DECISION    | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | UU10-71          | UU 10/2016           | UU10-188 | -
            PNS     | USE_STATE_FACILITIES  | 2023-10-01 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D12        | SKB 2022             | -        | -
            PNS     | BANNER_OR_PROPS       | 2023-10-01 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | MORAL             | SKB22-E1         | SKB 2022             | -        | -
            PNS     | BANNER_OR_PROPS       | 2024-01-15 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D1         | SKB 2022             | -        | -
            PNS     | PARTISAN_ACTIVITY     | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8         | SKB 2022             | UU10-188 | -
            PNS     | MONEY_POLITICS        | 2024-01-15 | PEMILU_2024  | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D8         | SKB 2022             | -        | -
            PNS     | HATE_SPEECH_OR_HOAX   | 2024-10-30 | PILKADA_2024 | -      | -       | -     | -     | NEEDS_REVIEW | NONE              | SKB22-D13        | SKB 2022             | -        | -
            PNS     | SOCIAL_MEDIA_LIKE     | 2024-10-30 | -            | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | SKB22-D6         | SKB 2022             | -        | -
            PNS     | SOCIAL_MEDIA_LIKE     | 2023-12-01 | -            | -      | -       | -     | -     | VIOLATION    | DISCIPLINE_HEAVY  | UU7-283          | UU 7/2017            | -        | -
            """)
    void classifies(String type, String act, String date, String election, String relation, String participation,
            String symbols, String leave, String verdict, String sanction, String rule, String source, String criminal,
            String question) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employmentType", type);
        body.put("act", act);
        body.put("occurredOn", date);
        body.put("catalogVersion", 1);
        putIfGiven(body, "election", election);
        putIfGiven(body, "relationToCandidate", relation);
        putIfGiven(body, "participation", participation);
        putIfGiven(body, "partisanSymbols", symbols == null ? null : Boolean.valueOf(symbols));
        putIfGiven(body, "onUnpaidLeave", leave == null ? null : Boolean.valueOf(leave));

        JsonPath result = classify(body, null, "id");
        JsonPath english = classify(body, "en-GB,en;q=0.9,id;q=0.5", "en");

        assertThat(result.getString("verdict")).isEqualTo(verdict);
        assertThat(result.getString("sanction.type")).isEqualTo(sanction);
        assertThat(result.getInt("catalogVersion")).isEqualTo(1);
        List<Map<String, String>> cited = new ArrayList<>(result.getList("rules"));
        cited.addAll(result.getList("pendingRules"));
        if (rule != null) {
            assertThat(cited).as("cited rules").anySatisfy(r -> {
                assertThat(r.get("code")).isEqualTo(rule);
                assertThat(r.get("source")).isEqualTo(source);
            });
        }
        if (verdict.equals("VIOLATION")) {
            assertThat(result.getList("rules")).as("a violation always cites a rule").isNotEmpty();
        }
        List<String> criminalRules = result.getList("criminal.rule");
        if (criminal == null) {
            assertThat(criminalRules).isEmpty();
        } else {
            assertThat(criminalRules).contains(criminal);
        }
        if (question != null) {
            assertThat(result.getList("questions.field", String.class)).containsExactly(question);
        }
        if (verdict.equals("NEEDS_REVIEW")) {
            assertThat(result.getList("questions")).as("a review always says what to answer").isNotEmpty();
        }
        assertThat(english.getString("verdict")).as("the language changes words, not the answer").isEqualTo(verdict);
        assertThat(english.getString("explanation")).contains(switch (verdict) {
            case "VIOLATION" -> "a violation under";
            case "PERMITTED" -> "permitted under";
            default -> "needs review";
        }).doesNotContain("menurut", "perlu kajian");
        if (verdict.equals("VIOLATION")) {
            String tier = result.getString("sanction.type").toLowerCase(Locale.ROOT).replace("discipline_", "");
            assertThat(english.getString("explanation")).as("names the tier, not its detail")
                    .contains("Sanction: ").contains(tier).doesNotContain(english.getString("sanction.detail"));
            assertThat(result.getString("explanation")).as("names the tier, not its detail")
                    .contains("Sanksi: ").doesNotContain(result.getString("sanction.detail"));
        }
        assertThat(result.getString("explanation")).contains(switch (verdict) {
            case "VIOLATION" -> "pelanggaran menurut";
            case "PERMITTED" -> "diperbolehkan menurut";
            default -> "perlu kajian";
        }).doesNotContain("a violation under", "permitted under", "needs review");
    }

    /** Classifies in the language asked for, and checks the answer says which language it is in. */
    private static JsonPath classify(Map<String, Object> body, String acceptLanguage, String expectedLanguage) {
        var request = given().header("Authorization", TestTokens.bearer(Roles.BAWASLU, "34.04"))
                .contentType("application/json").body(body);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/api/v1/classifications")
                .then().statusCode(200).header("Content-Language", expectedLanguage).header("Vary", containsString("Accept-Language"))
                .extract().jsonPath();
    }

    private static void putIfGiven(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
