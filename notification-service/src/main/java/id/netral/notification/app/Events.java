package id.netral.notification.app;

import id.netral.common.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.events.EventPayload;
import id.netral.notification.store.EventLog;
import id.netral.notification.domain.Delivery;
import id.netral.notification.domain.Event;
import id.netral.notification.domain.EventType;
import id.netral.common.events.EventEnvelope;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.common.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes events in, once each, and fans each out to the subscriptions that want it, in the
 * transaction that stores it: an event is never stored without its deliveries or the other way round.
 */
@ApplicationScoped
public class Events {

    @Inject
    EventLog log;

    @Inject
    Notices notices;

    @Inject
    ObjectMapper json;

    /** What became of an incoming event. */
    public enum Fate {
        /** Stored now, with its deliveries started. */
        CREATED,
        /** Stored earlier under this id with the same content (a sender's retry): nothing started. */
        DUPLICATE,
        /** The id was used earlier for another event: nothing stored. */
        CONFLICT,
        /** Not a type of the catalog: nothing stored. */
        UNKNOWN_TYPE
    }

    /** The fate of one incoming event; the event as stored unless refused, and why when refused. */
    public record Outcome(Fate fate, Event event, int deliveries, LocalizedText refusal) {
        public boolean created() {
            return fate == Fate.CREATED;
        }
    }

    /**
     * Stores an event unless one with its id exists: the same event again answers with the first
     * (a sender's retry), another body under the same id is a conflict. Unknown types are refused.
     */
    @Transactional
    public Outcome receive(EventEnvelope incoming, String from) {
        Outcome outcome = receiveAll(List.of(incoming), from).get(0);
        return switch (outcome.fate()) {
            case UNKNOWN_TYPE -> throw NetralException.unprocessable("type", outcome.refusal());
            case CONFLICT -> throw new NetralException(NetralException.Kind.CONFLICT, outcome.refusal(), null);
            case CREATED, DUPLICATE -> outcome;
        };
    }

    /**
     * Several events in one transaction (a publisher's batch), each on its own terms: a refused
     * one stores nothing and does not stop the others. One commit for the lot is what makes a batch
     * cheaper than as many single calls.
     */
    @Transactional
    public List<Outcome> receiveAll(List<EventEnvelope> incoming, String from) {
        log.flush(); // take's statements run without flushing (EventLog): what the caller changed goes first
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Outcome> outcomes = new ArrayList<>(incoming.size());
        for (EventEnvelope event : incoming) {
            outcomes.add(take(event, from, now));
        }
        return outcomes;
    }

    /** Never throws for a refusal (that would doom a batch's transaction): says it in the outcome. */
    private Outcome take(EventEnvelope incoming, String from, OffsetDateTime now) {
        if (!EventType.exists(incoming.type())) {
            return new Outcome(Fate.UNKNOWN_TYPE, null, 0, Messages.text("notification.Events.unknown-event-type-see-api-v1", incoming.type()));
        }
        // ON CONFLICT settles two copies arriving together: exactly one inserts
        Optional<Event> inserted = log.insert(incoming, now, from);
        if (inserted.isEmpty()) {
            Event event = Event.findById(incoming.id());
            // an event id is its publisher's: another publisher's copy is neither replayed to it nor taken
            if (!event.sameAs(incoming) || !event.receivedFrom.equals(from)) {
                return new Outcome(Fate.CONFLICT, null, 0, Messages.text("notification.Events.event-was-received-earlier-with-a", incoming.id()));
            }
            return new Outcome(Fate.DUPLICATE, event, deliveriesOf(event.id), null);
        }
        Event event = inserted.get();
        int deliveries = log.fanOut(event.id, now);
        notices.fromEvent(event);
        return new Outcome(Fate.CREATED, event, deliveries, null);
    }

    /** An event the caller's region covers; any other is absent. */
    public Event require(UUID id, RegionCode scope) {
        Event event = Event.findById(id);
        if (event == null || !scope.covers(event.regionCode)) {
            throw NetralException.notFound(Messages.text("notification.Events.event"), id);
        }
        return event;
    }

    /** How many deliveries the event started when it arrived (replays not counted). */
    public int deliveriesOf(UUID event) {
        return (int) Delivery.count("event.id = ?1 and replayOf is null and requestedBy is null", event);
    }

    /** An event this service raises itself (a paused subscription, a broadcast), published like any other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(EventPayload payload, String regionCode) {
        receive(new EventEnvelope(UUID.randomUUID(), payload.type(), OffsetDateTime.now(ZoneOffset.UTC), regionCode, null,
                json.valueToTree(payload)), "notification-service");
    }
}
