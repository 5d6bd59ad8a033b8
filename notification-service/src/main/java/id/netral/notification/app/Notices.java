package id.netral.notification.app;

import id.netral.common.i18n.Messages;
import id.netral.common.events.EventPayload;
import id.netral.notification.domain.Event;
import id.netral.notification.domain.InboxItem;
import com.fasterxml.jackson.databind.JsonNode;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns events into inbox notices, in the transaction that stores the event: a takedown request for
 * the tagged ASN (to acknowledge), a deadline reminder or overdue notice for the office whose step
 * the clock waits for, a paused-subscription notice for its owner. Texts are Indonesian, from the
 * Qute templates under {@code templates/notices}.
 */
@ApplicationScoped
public class Notices {

    @Inject
    Engine qute;

    @Inject
    Mails mails;

    /** Officials' logins are subjects of this issuer's tokens (a person's inbox is keyed by issuer and subject). */
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** The notices an event makes; none for types that only go to webhooks. */
    void fromEvent(Event event) {
        JsonNode d = event.data;
        switch (event.type) {
            case EventPayload.TakedownRequested.TYPE -> {
                String employee = text(d, "employeeKey");
                if (employee != null) {
                    boolean own = d.path("ownContent").asBoolean(false);
                    String title = own ? "Permintaan menghapus konten kampanye di akun Anda" : "Permintaan melepas penandaan dalam konten kampanye";
                    InboxItem item = add(person(employee), InboxItem.Kind.TAKEDOWN, title, "takedown", event, true);
                    // the address the case names, else the one the roster holds for the employee (looked up when sending)
                    mails.queue(Mails.Recipient.employee(text(d, "email"), employee), item.kind, title, "takedown.html", values(d),
                            event.regionCode, item.id);
                }
            }
            case EventPayload.CaseClock.APPROACHING, EventPayload.CaseClock.OVERDUE -> {
                String role = text(d, "responsible");
                if (role != null) {
                    boolean overdue = event.type.equals(EventPayload.CaseClock.OVERDUE);
                    // a conflicted PPK's step is the substitute's: reminded in person, not at the PPK's office
                    String decider = Roles.PPK.equals(role) ? text(d, "decider") : null;
                    InboxItem office = decider != null ? person(CallerScope.owner(issuer, decider))
                            : office(role, event.regionCode, Roles.PPK.equals(role) ? event.agencyCode : null);
                    String title = (overdue ? "Batas waktu terlampaui: " : "Batas waktu mendekat: ") + text(d, "deadline");
                    String template = overdue ? "overdue" : "deadline-approaching";
                    InboxItem item = add(office, overdue ? InboxItem.Kind.OVERDUE : InboxItem.Kind.DEADLINE_APPROACHING, title, template,
                            event, false);
                    // the PPK's step: its agency's personnel office is mailed too, at the address the roster holds
                    if (Roles.PPK.equals(role) && event.agencyCode != null) {
                        mails.queue(Mails.Recipient.personnelOffice(event.agencyCode), item.kind, title, template + ".html", values(d),
                                event.regionCode, item.id);
                    }
                }
            }
            case EventPayload.SubscriptionPaused.TYPE -> {
                String owner = text(d, "owner");
                if (owner != null) {
                    String title = "Langganan webhook dijeda";
                    InboxItem item = add(person(owner), InboxItem.Kind.SUBSCRIPTION_PAUSED, title, "subscription-paused", event, false);
                    if (text(d, "contactEmail") != null) {
                        mails.queue(Mails.Recipient.address(text(d, "contactEmail")), item.kind, title, "subscription-paused.html",
                                values(d), event.regionCode, item.id);
                    }
                }
            }
            default -> {
                // webhooks only
            }
        }
    }

    /** Marks an item read (once; later calls keep the first time). */
    @Transactional
    public InboxItem read(UUID id, InboxItem.Reader reader) {
        InboxItem item = InboxItem.require(id, reader);
        if (item.readAt == null) {
            item.readAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return item;
    }

    /** Acknowledges an item that asks for it (and marks it read); acknowledging twice keeps the first. */
    @Transactional
    public InboxItem acknowledge(UUID id, InboxItem.Reader reader) {
        InboxItem item = InboxItem.require(id, reader);
        if (!item.requiresAcknowledgement) {
            throw NetralException.conflict(Messages.text("notification.Notices.this-notice-needs-no-acknowledgement-mark"));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (item.acknowledgedAt == null) {
            item.acknowledgedAt = now;
            item.acknowledgedBy = reader.subject();
        }
        if (item.readAt == null) {
            item.readAt = now;
        }
        return item;
    }

    private InboxItem add(InboxItem item, InboxItem.Kind kind, String title, String template, Event event, boolean acknowledge) {
        item.id = UUID.randomUUID();
        item.kind = kind;
        item.title = title;
        item.body = render("notices/" + template, event.data);
        item.regionCode = event.regionCode;
        item.caseId = uuid(text(event.data, "caseId"));
        item.eventId = event.id;
        item.requiresAcknowledgement = acknowledge;
        item.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        item.persist();
        return item;
    }

    String render(String template, JsonNode data) {
        Template t = qute.getTemplate(template);
        if (t == null) {
            throw new IllegalStateException("missing template " + template);
        }
        io.quarkus.qute.TemplateInstance instance = t.instance();
        values(data).forEach(instance::data);
        return instance.render().strip();
    }

    /** An event's fields as template values: texts as they are, nested JSON as JSON. */
    static Map<String, Object> values(JsonNode data) {
        Map<String, Object> values = new HashMap<>();
        data.properties().forEach(f -> values.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        return values;
    }

    private static InboxItem person(String key) {
        InboxItem item = new InboxItem();
        item.recipientKey = key;
        return item;
    }

    private static InboxItem office(String role, String region, String agency) {
        InboxItem item = new InboxItem();
        item.recipientRole = role;
        item.recipientRegion = region;
        item.recipientAgency = agency;
        return item;
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
