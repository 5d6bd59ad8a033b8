package id.netral.notification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.netral.common.security.ServiceCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The parts of roster-service that notification reads (recipients and their addresses), with the service's own token. */
@RegisterRestClient(configKey = "roster")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/v1")
public interface RosterClient {

    @GET
    @Path("/employees/{key}")
    Person employee(@PathParam("key") String key);

    /** A page of an audience, in key order after {@code after}: keyset paging, so a deep page costs what the first does. */
    @GET
    @Path("/employees")
    People audience(@QueryParam("agency") String agency, @QueryParam("unit") String unit, @QueryParam("region") String region,
            @QueryParam("type") String employmentType, @QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("size") int size);

    @GET
    @Path("/agencies/{code}")
    Agency agency(@PathParam("code") String code);

    /** An agency and the address of its personnel office (BKPP/BKD or the OPD's staff section). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agency(String code, String name, String personnelEmail) {
    }

    /** An employee: the key an ASN's token carries as sub, where to reach them, where they work. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String key, String name, String email, String agencyCode, String unitCode, String regionCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record People(List<Person> items, long total) {
    }
}
