package id.netral.cases.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.common.security.ServiceCredentials;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's event intake, called with the service's own token. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/v1")
public interface NotificationClient {

    /** 201 when stored, 200 when stored earlier under the same id (a retry): both mean delivered. */
    @POST
    @Path("/events")
    void publish(Event event);

    /** An event as notification-service takes it; the id is the outbox row's, the same on every retry. */
    record Event(UUID id, String type, OffsetDateTime occurredAt, String regionCode, String agencyCode, JsonNode data) {
    }
}
