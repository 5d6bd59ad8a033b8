package id.netral.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.netral.common.events.EventPayload;
import id.netral.common.testing.AsyncApi;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every payload record a producer can build, in every shape (with and without its optional
 * fields), serialized as the services do and put in a webhook body, validates against the AsyncAPI
 * document's schema for its code: a plain test, no service. It covers the events the end-to-end
 * test cannot drive quickly (deadline clocks, a paused subscription).
 */
class EventPayloadSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID ID = UUID.fromString("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static final LocalDate DUE = LocalDate.of(2024, 11, 4);

    @Test
    void everyPayloadShapeMatchesTheDocument() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/asyncapi.json")) {
            doc = JSON.readTree(in);
        }
        List<EventPayload> samples = List.of(
                new EventPayload.CaseRegistered(ID, "REGISTERED", "SOCIAL_MEDIA_LIKE", "PILKADA_2024", "VIOLATION"),
                new EventPayload.CaseRegistered(ID, "REGISTERED", "SOCIAL_MEDIA_LIKE", null, null),
                EventPayload.CaseStatusChanged.step(ID, "UNDER_REVIEW", "FORWARDED", "FORWARD"),
                EventPayload.CaseStatusChanged.expired(new EventPayload.CaseClock(false, ID, "INCOMPLETE", "FORMAL_COMPLETION", DUE,
                        "bawaslu")),
                new EventPayload.CaseClock(false, ID, "UNDER_REVIEW", "BAWASLU_REVIEW", DUE, "bawaslu"),
                new EventPayload.CaseClock(true, ID, "RECOMMENDED", "PPK_DECISION", DUE, "ppk"),
                new EventPayload.CaseClock(false, ID, "RECOMMENDED", "PPK_DECISION", DUE, "ppk", "gubernur-diy"),
                new EventPayload.TakedownRequested(ID, "198503122010011004", "https://www.instagram.com/p/X/", null, null),
                new EventPayload.TakedownRequested(ID, "198503122010011004", null, "budi@example.go.id", true),
                new EventPayload.MeasureTaken(ID, "PERSONNEL_DATA_BLOCKED", "Peraturan BKN 1/2023", "PPK tidak menjatuhkan sanksi"),
                new EventPayload.BroadcastPublished(ID, "Imbauan netralitas ASN", true),
                new EventPayload.SubscriptionPaused(ID, "https://portal.example.go.id/hook", "portal-sleman", null, ID, "every retry failed"));
        JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        for (EventPayload payload : samples) {
            ObjectNode body = JSON.createObjectNode().put("type", payload.type()).put("timestamp", "2024-11-01T02:00:00Z");
            body.set("data", JSON.valueToTree(payload));
            JsonNode schema = AsyncApi.payloadSchema(doc, payload.type());
            assertThat(schema.isMissingNode()).as("a channel for " + payload.type()).isFalse();
            Set<ValidationMessage> errors = schemas.getSchema(schema).validate(body);
            assertThat(errors).as(body.toString()).isEmpty();
        }
        assertThat(JSON.valueToTree(new EventPayload.CaseClock(true, ID, "X", "Y", DUE, "ppk")).has("overdue"))
                .as("which clock it is travels as the event's code, not in data").isFalse();
    }
}
