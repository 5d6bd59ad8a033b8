package id.netral.cases.client;

import id.netral.common.i18n.Messages;
import io.quarkus.cache.CacheResult;
import id.netral.common.client.RosterClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.common.domain.ElectionType;
import id.netral.common.error.NetralException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Roster and rules as case intake uses them, with the resilience policy in one place (on the class,
 * so every call has it): a timeout, a short retry and a circuit breaker per method. "Not found" is an answer (empty, returned normally),
 * not a failure, so it never trips the breaker; a 422 from rules is the caller's mistake and passes through as one.
 * Anything else means the neighbour is unavailable ({@link Unavailable}): intake then stores the case
 * with its resolution pending, and a job completes it.
 */
@ApplicationScoped
@Timeout(value = 4, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, abortOn = NetralException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = NetralException.class)
public class Neighbours {

    /** A neighbour could not answer (down, slow, or its breaker is open). */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String neighbour, Throwable cause) {
            super(neighbour + " is unavailable: " + cause.getMessage(), cause);
        }
    }

    @Inject
    @RestClient
    RosterClient roster;

    @Inject
    @RestClient
    RulesClient rules;

    /** An election's kind never changes once it is in the calendar. */
    private final Map<String, ElectionType> electionTypes = new ConcurrentHashMap<>();

    public Optional<RosterClient.Person> employee(String key) {
        return absentOn404(() -> roster.employee(key), "roster-service");
    }

    public Optional<RosterClient.Person> accountOwner(String url) {
        return absentOn404(() -> roster.accountOwner(url), "roster-service");
    }

    /** The one employee of the agency with exactly this name, if the roster has exactly one. */
    public Optional<RosterClient.Person> employeeNamed(String agencyCode, String name) {
        return absentOn404(() -> roster.search(agencyCode, name, 10), "roster-service").flatMap(page -> {
            var exact = page.items().stream().filter(p -> p.name() != null && p.name().equalsIgnoreCase(name.strip())).toList();
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        });
    }

    /**
     * Agencies and their PPK change rarely and every intake about one of their employees asks for
     * them (run M: a third of intake's waiting was on this call), so an answer is kept a minute
     * (cache "roster-agencies", application.properties); an absent agency or a failed call is not
     * kept: both leave the cached method by an exception, which the cache does not keep.
     */
    public Optional<RosterClient.Agency> agency(String code) {
        try {
            return Optional.of(knownAgency(code));
        } catch (AgencyAbsent e) {
            return Optional.empty();
        }
    }

    /** The agency as roster has it at this moment, past the cache: for a step that must see a change made a moment ago. */
    public Optional<RosterClient.Agency> agencyNow(String code) {
        return absentOn404(() -> roster.agency(code), "roster-service");
    }

    @CacheResult(cacheName = "roster-agencies")
    RosterClient.Agency knownAgency(String code) {
        return absentOn404(() -> roster.agency(code), "roster-service").orElseThrow(AgencyAbsent::new);
    }

    /** The roster does not know the agency (404). */
    private static final class AgencyAbsent extends RuntimeException {
        AgencyAbsent() {
            super(null, null, false, false);
        }
    }

    /** The kind of an election of the rules calendar (GENERAL or REGIONAL); empty when unknown. */
    public Optional<ElectionType> electionType(String code) {
        ElectionType known = electionTypes.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ElectionType> type = absentOn404(() -> rules.election(code), "rules-service").map(RulesClient.Election::type);
        type.ifPresent(t -> electionTypes.put(code, t));
        return type;
    }

    /** The rules answer; a 422 (unknown act, election, contest) becomes the caller's 422. */
    public ObjectNode classify(RulesClient.Request request) {
        try {
            return rules.classify(request);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 422 || e.getResponse().getStatus() == 400) {
                throw NetralException.unprocessable("act", Messages.text("case.Neighbours.rules-service-refused-the-classification", problemDetail(e)));
            }
            throw new Unavailable("rules-service", e);
        } catch (RuntimeException e) {
            throw new Unavailable("rules-service", e);
        }
    }

    private static <T> Optional<T> absentOn404(java.util.function.Supplier<T> call, String neighbour) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new Unavailable(neighbour, e);
        } catch (RuntimeException e) {
            throw new Unavailable(neighbour, e);
        }
    }

    private static String problemDetail(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(ObjectNode.class).path("detail").asText("");
        } catch (RuntimeException unreadable) {
            return "HTTP " + e.getResponse().getStatus();
        }
    }
}
