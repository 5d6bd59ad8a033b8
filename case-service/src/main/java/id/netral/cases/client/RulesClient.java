package id.netral.cases.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.common.security.ServiceCredentials;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.netral.common.domain.ElectionType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** rules-service's classifier, called with the service's own token; answers in Indonesian, the case's language. */
@RegisterRestClient(configKey = "rules")
@RegisterProvider(ServiceCredentials.class)
@ClientHeaderParam(name = "Accept-Language", value = "id")
@Path("/api/v1")
public interface RulesClient {

    /** The answer is kept as rules gave it (JSON), with the catalog version that gave it. */
    @POST
    @Path("/classifications")
    ObjectNode classify(Request request);

    @GET
    @Path("/elections/{code}")
    Election election(@PathParam("code") String code);

    /** An election of the calendar, as far as deadlines need it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Election(String code, ElectionType type) {
    }

    /** An act to classify: the reported facts plus what intake resolved (date, region, employment type). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String employmentType, String act, LocalDate occurredOn, String election, String regionCode,
            String participation, String relationToCandidate, Boolean partisanSymbols, Boolean onUnpaidLeave, String contest,
            Boolean official, Boolean officialDuty, Integer catalogVersion) {
    }
}
