package id.netral.common.client;

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

/**
 * The parts of roster-service's API its neighbours read, called with the service's own token:
 * case intake (who is this, whose account, which PPK) and notification (recipients and their
 * addresses). Written once for both; each consumer's contract test checks it against roster's
 * OpenAPI document, so a renamed field or parameter fails the build instead of reading as null.
 */
@RegisterRestClient(configKey = "roster")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/v1")
public interface RosterClient {

    @GET
    @Path("/employees/{key}")
    Person employee(@PathParam("key") String key);

    /** Employees of an agency whose name contains {@code name} (a report that names its subject). */
    @GET
    @Path("/employees")
    People search(@QueryParam("agency") String agency, @QueryParam("q") String name, @QueryParam("size") int size);

    /** A page of an audience, in key order after {@code after}: keyset paging, so a deep page costs what the first does. */
    @GET
    @Path("/employees")
    People audience(@QueryParam("agency") String agency, @QueryParam("unit") String unit, @QueryParam("region") String region,
            @QueryParam("type") String employmentType, @QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("size") int size);

    @GET
    @Path("/accounts/lookup")
    Person accountOwner(@QueryParam("url") String url);

    @GET
    @Path("/agencies/{code}")
    Agency agency(@PathParam("code") String code);

    /** An employee as the roster answers (an employee view or an account's owner). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String key, String nip, String staffNumber, String name, EmploymentType employmentType, String agencyCode,
            String unitCode, String position, String regionCode, String status, String email) {

        /** The roster's key: the NIP, or AGENCY:STAFFNUMBER for non-ASN staff. */
        public String rosterKey() {
            return nip != null ? nip : key != null ? key : agencyCode + ":" + staffNumber;
        }
    }

    /** A page of employees. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record People(List<Person> items, long total) {
    }

    /**
     * An agency, its PPK, who decides when the PPK is conflicted (null when none is named), and the
     * address of its personnel office (BKPP/BKD or the OPD's staff section).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agency(String code, String name, String regionCode, Ppk ppk, Substitute substitute, String personnelEmail) {
    }

    /** The acting official or the official above who decides for a conflicted PPK, and the login they sign in with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Substitute(String name, String office, String subject) {
    }

    /** The official with disciplinary authority. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ppk(String name, String office) {
    }
}
