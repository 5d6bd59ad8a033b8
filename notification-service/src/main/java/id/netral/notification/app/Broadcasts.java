package id.netral.notification.app;

import id.netral.common.store.IdempotentRequest;
import id.netral.common.i18n.Messages;
import id.netral.common.events.EventPayload;
import id.netral.notification.store.BroadcastStore;
import id.netral.notification.domain.Broadcast;
import id.netral.notification.domain.InboxItem;
import id.netral.notification.domain.RetrySchedule;
import id.netral.common.error.Failures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.error.NetralException;
import id.netral.notification.config.NotificationConfig;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Broadcasts: recorded at once (the request never waits for the audience), then delivered by a
 * worker one roster page at a time: one inbox notice per recipient and an e-mail where the roster
 * holds an address, written with the page's cursor in one transaction, idempotently, so a retried
 * or resumed page never notifies anyone twice.
 */
@ApplicationScoped
public class Broadcasts {

    @Inject
    BroadcastStore store;

    @Inject
    Mails mails;

    @Inject
    Events events;

    @Inject
    NotificationConfig config;

    @Inject
    ObjectMapper json;

    /** What a sender asks for. */
    public record Request(String title, String body, String agencyCode, String unitCode, String regionCode, String employmentType,
            boolean requiresAcknowledgement) {
    }

    /** One recipient of a roster page. */
    public record Recipient(String key, String name, String agencyCode, String unitCode, String regionCode, String email) {
    }

    /** The broadcast, and whether an earlier request with the same Idempotency-Key made it. */
    public record Created(Broadcast broadcast, boolean replayed) {
    }

    /**
     * Records a broadcast inside the sender's region and announces it (broadcast.published). With
     * an Idempotency-Key the sender used before: the same request answers with that broadcast and
     * sends nothing again; another request is a conflict.
     */
    @Transactional
    public Created create(Request request, RegionCode scope, String who, String role, IdempotencyKey key, String requestSha256) {
        if (key != null) {
            java.util.Optional<Broadcast> earlier = Broadcast.byIdempotencyKey(key);
            if (earlier.isPresent()) {
                if (!earlier.get().idempotency.sameBody(requestSha256)) {
                    throw NetralException.conflict(Messages.text("notification.Broadcasts.you-used-idempotency-key-for-another", key.key()));
                }
                return new Created(earlier.get(), true);
            }
        }
        String region = request.regionCode() == null ? scope.value() : request.regionCode();
        if (!scope.covers(region)) {
            throw NetralException.unprocessable("audience.regionCode", Messages.text("notification.Broadcasts.region-lies-outside-your-token-s", region, scope));
        }
        Broadcast b = new Broadcast();
        b.id = UUID.randomUUID();
        b.title = request.title();
        b.body = request.body();
        b.audienceAgency = request.agencyCode();
        b.audienceUnit = request.unitCode();
        b.audienceRegion = region;
        b.audienceType = request.employmentType();
        b.requiresAcknowledgement = request.requiresAcknowledgement();
        b.status = Broadcast.Status.QUEUED;
        b.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        b.nextAttemptAt = b.createdAt;
        b.createdBy = who;
        b.createdByRole = role;
        b.idempotency = IdempotentRequest.of(key, requestSha256);
        b.persist();
        events.raise(new EventPayload.BroadcastPublished(b.id, b.title, b.requiresAcknowledgement), region);
        return new Created(b, false);
    }

    /** Claims one due broadcast for this pod, leased. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Broadcast> claim() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return store.claimDue(now, now.plus(config.webhooks().lease()));
    }

    /**
     * Delivers one roster page and moves the cursor past it, in one transaction; extends the lease.
     * {@code audienceSize} is the roster's count, given with the first page.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(UUID broadcast, List<Recipient> page, Integer audienceSize) {
        Broadcast b = Broadcast.findById(broadcast);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ArrayNode recipients = json.createArrayNode();
        for (Recipient r : page) {
            recipients.addObject().put("key", r.key()).put("name", r.name()).put("agency", r.agencyCode()).put("unit", r.unitCode())
                    .put("region", r.regionCode()).put("email", r.email());
        }
        String html = mails.render("broadcast.html", b.title, Map.of("paragraphs", paragraphs(b.body), "requiresAcknowledgement",
                b.requiresAcknowledgement, "sender", sender(b)));
        store.addRecipients(b, recipients.toString(), html, now);
        if (audienceSize != null) {
            b.audienceSize = audienceSize;
        }
        if (!page.isEmpty()) {
            b.cursor = page.get(page.size() - 1).key();
        }
        b.attempts = 0;
        b.lastError = null;
        b.nextAttemptAt = now.plus(config.webhooks().lease());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(UUID broadcast) {
        Broadcast b = Broadcast.findById(broadcast);
        b.status = Broadcast.Status.COMPLETED;
        b.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The roster could not answer: the walk resumes from the cursor on the webhooks' retry schedule, then FAILED. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID broadcast, String error) {
        Broadcast b = Broadcast.findById(broadcast);
        b.attempts++;
        b.lastError = Failures.clip(error);
        Optional<Duration> wait = RetrySchedule.after(b.attempts, config.webhooks().retryDelays());
        if (wait.isPresent()) {
            b.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(wait.get());
        } else {
            b.status = Broadcast.Status.FAILED;
            b.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    /** Counted from the notices and mails themselves, so it is right while the broadcast runs. */
    public Broadcast.Progress progress(UUID broadcast) {
        return store.progress(broadcast);
    }

    /** The recipients of a broadcast, by unit and by whether they acknowledged, in name order. */
    public static PanacheQuery<InboxItem> recipients(UUID broadcast, String unitCode, Boolean acknowledged) {
        StringBuilder where = new StringBuilder("broadcastId = :broadcast");
        Parameters params = Parameters.with("broadcast", broadcast);
        if (unitCode != null) {
            where.append(" and recipientUnit = :unit");
            params.and("unit", unitCode);
        }
        if (acknowledged != null) {
            where.append(acknowledged ? " and acknowledgedAt is not null" : " and acknowledgedAt is null");
        }
        return InboxItem.find(where.toString(), Sort.by("recipientName").and("recipientKey"), params);
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String sender(Broadcast b) {
        String office = switch (b.createdByRole) {
            case "bawaslu" -> "Bawaslu";
            case "bkpp" -> "BKPP/BKD";
            default -> "Admin Netral";
        };
        return office + (b.audienceRegion.equals(RegionCode.NATIONAL_VALUE) ? "" : " wilayah " + b.audienceRegion);
    }
}
