package id.netral.notification.client;

import id.netral.common.client.RosterClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * roster-service as notification uses it, with its resilience policy: a timeout, a short retry and a
 * circuit breaker; "no such employee" is an answer (empty, returned normally), not a failure, so it never trips the breaker.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
public class Roster {

    @Inject
    @RestClient
    RosterClient roster;

    /** The employee with this key, if the roster has one (a 404 is an answer); throws when the roster cannot answer. */
    public Optional<RosterClient.Person> employee(String key) {
        try {
            return Optional.of(roster.employee(key));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The agency with this code, if the roster has one (a 404 is an answer). */
    public Optional<RosterClient.Agency> agency(String code) {
        try {
            return Optional.of(roster.agency(code));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One page of an audience's active employees after the given key. */
    public RosterClient.People audience(Audience audience, String after, int size) {
        return roster.audience(audience.agencyCode(), audience.unitCode(), audience.regionCode(), audience.employmentType(), "ACTIVE",
                after, size);
    }

    /** Who a broadcast is for, as roster filters. */
    public record Audience(String agencyCode, String unitCode, String regionCode, String employmentType) {
    }
}
