package id.netral.cases.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.netral.common.domain.EmploymentType;
import id.netral.common.security.ServiceCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The parts of roster-service's API that case intake reads, called with the service's own token. */
@RegisterRestClient(configKey = "roster")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/v1")
public interface RosterClient {

    @GET
    @Path("/employees/{key}")
    Person employee(@PathParam("key") String key);

    @GET
    @Path("/employees")
    People search(@QueryParam("agency") String agency, @QueryParam("q") String name, @QueryParam("size") int size);

    @GET
    @Path("/accounts/lookup")
    Person accountOwner(@QueryParam("url") String url);

    @GET
    @Path("/agencies/{code}")
    Agency agency(@PathParam("code") String code);

    /** An employee as the roster answers (an employee view or an account's owner). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String key, String nip, String staffNumber, String name, EmploymentType employmentType, String agencyCode,
            String unitCode, String position, String regionCode, String status) {

        /** The roster's key: the NIP, or AGENCY:STAFFNUMBER for non-ASN staff. */
        public String rosterKey() {
            return nip != null ? nip : key != null ? key : agencyCode + ":" + staffNumber;
        }
    }

    /** A page of employees. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record People(List<Person> items, long total) {
    }

    /** An agency and its PPK. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agency(String code, String name, String regionCode, Ppk ppk) {
    }

    /** The official with disciplinary authority. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ppk(String name, String office) {
    }
}
