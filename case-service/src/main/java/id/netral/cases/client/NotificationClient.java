package id.netral.cases.client;

import id.netral.common.events.EventEnvelope;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import id.netral.common.security.ServiceCredentials;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's event intake, called with the service's own token. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/v1")
public interface NotificationClient {

    /** Several events in one call and transaction, each answered at its position. */
    @POST
    @Path("/events/batch")
    BatchResult publishAll(Batch batch);

    record Batch(List<EventEnvelope> events) {
    }

    /**
     * One event: what a notification-service older than the batch endpoint takes (201 stored, 200
     * stored earlier; a refusal throws with its status).
     */
    @POST
    @Path("/events")
    Response publish(EventEnvelope event);

    /** One answer per event sent, in the order sent (the counts and deliveries of the answer are not needed here). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BatchResult(List<Answer> results) {
    }

    /** CREATED and DUPLICATE mean stored; anything else is a refusal, said in {@code detail} or {@code errors}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(UUID id, String status, String detail, JsonNode errors) {
        public boolean stored() {
            return "CREATED".equals(status) || "DUPLICATE".equals(status);
        }

        public String refusal() {
            return status + (detail != null ? ": " + detail : "") + (errors != null && !errors.isNull() ? " " + errors : "");
        }
    }

    /** An event as notification-service takes it; the id is the outbox row's, the same on every retry. */
}
