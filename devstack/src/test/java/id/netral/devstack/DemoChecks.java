package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.client.cases.api.CasesApi;
import id.netral.client.cases.model.BknMeasure;
import id.netral.client.cases.model.CaseStatus;
import id.netral.client.cases.model.ModelCase;
import id.netral.common.testing.WebhookReceiver;
import id.netral.devstack.demo.Demo;
import id.netral.devstack.demo.DemoRegion;
import id.netral.devstack.demo.DemoStories;
import id.netral.devstack.demo.Endpoints;
import id.netral.devstack.demo.Officers;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a first run of the demo must have done, whoever issued its tokens: every story's case where
 * its story ends, each step heard by the region's portal in a signed webhook, the audit chains
 * valid, the letter rendered.
 */
final class DemoChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoChecks() {
    }

    static void assertFirstRun(Demo.Result run, Endpoints endpoints, Officers officers) throws Exception {
        assertThat(run.stories()).hasSize(6).noneMatch(DemoStories.Played::replayed);
        ModelCase like = run.story("like").finalCase();
        assertThat(like.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(like.getAgencyCode()).isEqualTo("DEMO-SLEMAN");
        assertThat(like.getReported().getPerson().getName()).isEqualTo("Budi Prasetyo");
        assertThat(like.getReported().getPerson().getAgencyName()).startsWith("[DEMO]");
        assertThat(like.getDescription()).startsWith("[DEMO]");
        assertThat(like.getDecision().getSanctionType()).isEqualTo("DISCIPLINE_HEAVY");
        assertThat(like.getExecution().getDecreeNumber()).isEqualTo("800/DEMO/001");
        assertThat(like.getEvidence()).isNotEmpty();

        ModelCase spouse = run.story("spouse").finalCase();
        assertThat(spouse.getStatus()).isEqualTo(CaseStatus.RECOMMENDED);
        assertThat(spouse.getTimeZone()).isEqualTo("Asia/Makassar");
        assertThat(rules(spouse)).contains("SE18-X5");
        assertThat(spouse.getDueCode()).isEqualTo("PPK_DECISION");

        ModelCase attendance = run.story("attendance").finalCase();
        assertThat(attendance.getStatus()).isEqualTo(CaseStatus.DISMISSED);
        assertThat(attendance.getClassification()).containsEntry("verdict", "PERMITTED");

        ModelCase report = run.story("report").finalCase();
        assertThat(report.getStatus()).isEqualTo(CaseStatus.INCOMPLETE);
        assertThat(report.getMissing()).containsExactly("reporter.address");
        assertThat(report.getCompleteBy()).isNotNull();

        ModelCase team = run.story("campaign-team").finalCase();
        assertThat(team.getStatus()).isEqualTo(CaseStatus.FORWARDED);
        assertThat(team.getElection()).isEqualTo("PEMILU_2024");
        assertThat((List<?>) team.getClassification().get("criminal")).isNotEmpty();

        ModelCase late = run.story("late-ppk").finalCase();
        assertThat(late.getStatus()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(late.getDeadlines()).anyMatch(d -> "PPK_DECISION".equals(d.getCode())
                && java.time.LocalDate.of(2024, 12, 4).equals(d.getDueOn()));
        assertThat(late.getMeasures()).singleElement().satisfies(m -> assertThat(m.getMeasure()).isEqualTo(BknMeasure.WARNING_TO_PPK));

        // each step of the whole chain reached Sleman's portal, signed (verified with the Standard Webhooks library)
        assertThat(statusesHeard(run, "like")).containsExactlyInAnyOrder("UNDER_REVIEW", "FORWARDED", "RECOMMENDED", "DECIDED",
                "SANCTION_EXECUTED", "CLOSED");
        assertThat(typesHeard(run, "like")).contains("case.registered", "takedown.requested");
        assertThat(statusesHeard(run, "late-ppk")).contains("ESCALATED");
        assertThat(typesHeard(run, "late-ppk")).contains("case.measure-taken");
        assertThat(statusesHeard(run, "attendance")).contains("DISMISSED");
        for (List<WebhookReceiver.Received> hooks : run.webhooks().values()) {
            assertThat(hooks).allMatch(WebhookReceiver.Received::verified);
            // at least once: a repeat carries the same webhook-id and the same body
            Map<String, String> bodies = new HashMap<>();
            hooks.forEach(h -> assertThat(bodies.computeIfAbsent(h.id(), id -> h.body())).isEqualTo(h.body()));
        }
        assertThat(run.webhooks().get(DemoRegion.SLEMAN)).anyMatch(h -> h.body().contains("broadcast.published"));
        assertThat(run.broadcast().getTotal()).isPositive();

        CasesApi bkn = new CasesApi(endpoints.cases(officers.bearer(DemoStories.BKN)));
        for (DemoStories.Played story : run.stories()) {
            var audit = bkn.verifyCaseAudit(story.finalCase().getId());
            assertThat(audit.getValid()).as(story.story() + "'s audit chain").isTrue();
        }
        String letter = Files.readString(run.letter());
        assertThat(letter).contains("Budi Prasetyo").contains("Bupati Sleman").contains(like.getTrackingCode());
    }

    private static List<String> rules(ModelCase c) {
        return ((List<?>) c.getClassification().get("rules")).stream().map(r -> String.valueOf(((Map<?, ?>) r).get("code"))).toList();
    }

    /** The statuses the story's case moved to, as its region's portal heard them (each event once). */
    static Set<String> statusesHeard(Demo.Result run, String story) {
        return heard(run, story).stream().filter(b -> b.path("type").asText().equals("case.status-changed"))
                .map(b -> b.path("data").path("to").asText()).collect(Collectors.toSet());
    }

    static Set<String> typesHeard(Demo.Result run, String story) {
        return heard(run, story).stream().map(b -> b.path("type").asText()).collect(Collectors.toSet());
    }

    private static List<JsonNode> heard(Demo.Result run, String story) {
        DemoStories.Played played = run.story(story);
        String id = played.finalCase().getId().toString();
        return run.webhooks().get(played.region()).stream().map(h -> parse(h.body()))
                .filter(b -> id.equals(b.path("data").path("caseId").asText())).toList();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
