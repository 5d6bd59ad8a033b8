package id.netral.notification.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.notification.app.Dispatch;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The body a receiver gets and whose exact bytes the signature covers. */
class WebhookBodyTest {

    private static Dispatch.Due due(String type, String data) {
        return new Dispatch.Due(UUID.randomUUID(), 1, UUID.randomUUID(), "https://portal.example.go.id/hook", List.of("whsec_x"),
                UUID.randomUUID(), type, OffsetDateTime.parse("2024-10-30T09:15:00+07:00"), data);
    }

    @Test
    void theDataIsCopiedAsTakenInAndTheTimestampIsUtc() {
        String data = "{\"caseId\":\"5b1e\",\"regionCode\":\"34.04\",\"note\":\"kata \\\"kunci\\\" é\"}";
        assertThat(WebhookSender.body(due("case.registered", data)))
                .isEqualTo("{\"type\":\"case.registered\",\"timestamp\":\"2024-10-30T02:15:00Z\",\"data\":" + data + "}");
    }

    @Test
    void aTypeIsEscapedAsAJsonString() throws Exception {
        String body = WebhookSender.body(due("odd\"type\\", "{}"));
        assertThat(new ObjectMapper().readTree(body).get("type").asText()).isEqualTo("odd\"type\\");
    }
}
