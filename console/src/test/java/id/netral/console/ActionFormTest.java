package id.netral.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.client.cases.model.CaseAction;
import id.netral.client.cases.model.CaseTransition;
import id.netral.client.cases.model.NewCase;
import id.netral.console.domain.ActionForm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullableModule;

/** The forms turn what a person typed into the API's requests, field by field, as the API's schemas read them. */
class ActionFormTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new JsonNullableModule());

    @Test
    void everyStepOfTheApiHasAFormWhoseFieldsTheTransitionKnows() {
        for (CaseAction action : CaseAction.values()) {
            ActionForm form = ActionForm.of(action);
            assertThat(form.getName()).isEqualTo(action.getValue());
            for (ActionForm.Field field : form.fields()) {
                String top = field.name().equals("evidenceUrl") ? "evidence" : field.name().split("\\.")[0];
                assertThat(CaseTransition.class.getDeclaredFields()).as(action + " " + field.name())
                        .anyMatch(f -> f.getName().equals(top));
            }
        }
    }

    @Test
    void blankFieldsAreLeftOutNestedOnesNestedAndTypesAsTheApiTakesThem() {
        Map<String, Object> body = ActionForm.of(CaseAction.COMPLETE).body(Map.of("description", "  uraian  ", "place", "",
                "occurredAt", "2024-10-30T09:15", "reporter.name", "Siti", "reporter.phone", "0812", "witnesses", "A\n\n B \n",
                "evidenceUrl", "https://x.example/p/1"), ZoneId.of("Asia/Makassar"));
        assertThat(body).containsEntry("description", "uraian").doesNotContainKey("place")
                .containsEntry("occurredAt", "2024-10-30T09:15+08:00")
                .containsEntry("reporter", Map.of("name", "Siti", "phone", "0812"))
                .containsEntry("witnesses", List.of("A", "B"))
                .containsEntry("evidence", List.of(Map.of("kind", "URL", "url", "https://x.example/p/1")));
        body.put("action", "COMPLETE");
        CaseTransition transition = json.convertValue(body, CaseTransition.class);
        assertThat(transition.getReporter().getName()).isEqualTo("Siti");
        assertThat(transition.getOccurredAt().toInstant()).isEqualTo(java.time.Instant.parse("2024-10-30T01:15:00Z"));
    }

    @Test
    void yesNoAndCheckboxesBecomeBooleansAndUncheckedOnesStayOut() {
        Map<String, Object> decide = ActionForm.of(CaseAction.DECIDE).body(Map.of("sanctionImposed", "false", "reasons", "r"), ZoneId.of("UTC"));
        assertThat(decide).containsEntry("sanctionImposed", false);
        assertThat(ActionForm.of(CaseAction.FORWARD).body(Map.of("ppkConflicted", "true"), ZoneId.of("UTC"))).containsEntry("ppkConflicted", true);
        assertThat(ActionForm.of(CaseAction.FORWARD).body(Map.of(), ZoneId.of("UTC"))).doesNotContainKey("ppkConflicted");
    }

    @Test
    void aPublicReportBecomesTheApisNewCase() {
        Map<String, Object> body = ActionForm.PUBLIC_REPORT.body(Map.of("reporter.name", "Siti", "reporter.address", "Jl. 1",
                "reported.accountUrl", "https://www.instagram.com/x/", "act", "SOCIAL_MEDIA_LIKE", "occurredAt", "2026-12-01T10:00",
                "description", "d"), ZoneId.of("Asia/Jakarta"));
        body.put("source", "PUBLIC_REPORT");
        NewCase report = json.convertValue(body, NewCase.class);
        assertThat(report.getReporter().getAddress()).isEqualTo("Jl. 1");
        assertThat(report.getReported().getAccountUrl()).isEqualTo("https://www.instagram.com/x/");
        assertThat(report.getOccurredAt().toInstant()).as("10:00 WIB").isEqualTo(java.time.Instant.parse("2026-12-01T03:00:00Z"));
    }

    @Test
    void anUnreadableDateIsRefusedBeforeTheApiIsAsked() {
        assertThatThrownBy(() -> ActionForm.FINDING.body(Map.of("occurredAt", "30/10/2024"), ZoneId.of("Asia/Jakarta")))
                .isInstanceOf(DateTimeParseException.class);
    }
}
