package id.netral.notification.app;

import id.netral.common.i18n.Messages;
import id.netral.notification.store.DeliveryQueue;
import id.netral.notification.domain.Delivery;
import id.netral.notification.domain.EventType;
import id.netral.notification.domain.Subscription;
import id.netral.notification.domain.WebhookPolicy;
import id.netral.notification.domain.WebhookSecret;
import id.netral.notification.domain.WebhookUrl;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.InvalidValueException;
import id.netral.common.error.NetralException;
import id.netral.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Making, changing and ending webhook subscriptions, and re-sending what a portal missed. */
@ApplicationScoped
public class Subscriptions {
    /** The longest a rotated-out secret may keep signing. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(7);

    @Inject
    NotificationConfig config;

    @Inject
    WebhookPolicy policy;

    @Inject
    DeliveryQueue deliveries;

    /** What a portal asks for; the secret is generated when it brings none. */
    public record Request(String url, List<String> events, String regionCode, String secret, String contactEmail) {
    }

    /** A subscription and, once only, its secret in clear (at creation and rotation). */
    public record WithSecret(Subscription subscription, String secret) {
    }

    @Transactional
    public WithSecret create(Request request, RegionCode scope, String who, String owner, boolean personalData) {
        WebhookUrl url = checkedUrl(request.url());
        if (!RegionCode.isValid(request.regionCode()) || !scope.covers(request.regionCode())) {
            throw NetralException.unprocessable("regionCode", Messages.text("notification.Subscriptions.region-lies-outside-your-token-s", request.regionCode(), scope));
        }
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.url = url.toString();
        s.events = List.copyOf(new LinkedHashSet<>(request.events()));
        for (String type : s.events) {
            if (!EventType.exists(type)) {
                throw NetralException.unprocessable("events", Messages.text("notification.Subscriptions.unknown-event-type-see-api-v1", type));
            }
        }
        s.regionCode = request.regionCode();
        s.contactEmail = request.contactEmail();
        s.secret = request.secret() == null ? WebhookSecret.generate() : checkedSecret(request.secret());
        s.status = Subscription.Status.ACTIVE;
        s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.createdBy = who;
        s.owner = owner;
        s.personalData = personalData;
        s.persist();
        return new WithSecret(s, s.secret);
    }

    /** Ends a subscription: its waiting deliveries are cancelled, its log kept. */
    @Transactional
    public void remove(UUID id, Subscription.Holder holder, String who) {
        Subscription s = Subscription.require(id, holder);
        s.deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.deletedBy = who;
        deliveries.cancelWaiting(id, s.deletedAt);
    }

    /**
     * A new secret; the old one keeps signing beside it for {@code overlap} (the configured default
     * when null), so the receiver can switch at its own pace.
     */
    @Transactional
    public WithSecret rotate(UUID id, Subscription.Holder holder, String newSecret, Duration overlap) {
        Subscription s = Subscription.require(id, holder);
        Duration window = overlap == null ? config.webhooks().defaultSecretOverlap() : overlap;
        if (window.isNegative() || window.compareTo(MAX_OVERLAP) > 0) {
            throw NetralException.unprocessable("overlap", Messages.text("notification.Subscriptions.the-overlap-is-0-to-7"));
        }
        s.previousSecret = s.secret;
        s.previousSecretUntil = OffsetDateTime.now(ZoneOffset.UTC).plus(window);
        s.secret = newSecret == null ? WebhookSecret.generate() : checkedSecret(newSecret);
        return new WithSecret(s, s.secret);
    }

    @Transactional
    public Subscription pause(UUID id, Subscription.Holder holder, String why) {
        Subscription s = Subscription.require(id, holder);
        if (s.status == Subscription.Status.ACTIVE) {
            s.status = Subscription.Status.PAUSED;
            s.pausedAt = OffsetDateTime.now(ZoneOffset.UTC);
            s.pausedReason = why;
        }
        return s;
    }

    /** Back to ACTIVE: the deliveries held while paused go out in order, at once. */
    @Transactional
    public Subscription resume(UUID id, Subscription.Holder holder) {
        Subscription s = Subscription.require(id, holder);
        if (s.status == Subscription.Status.PAUSED) {
            s.status = Subscription.Status.ACTIVE;
            s.pausedAt = null;
            s.pausedReason = null;
            deliveries.releaseWaiting(id, OffsetDateTime.now(ZoneOffset.UTC));
        }
        return s;
    }

    /** Re-sends every event the subscription wants that arrived at or after {@code since}, as new deliveries. */
    @Transactional
    public int replaySince(UUID id, Subscription.Holder holder, OffsetDateTime since, String who) {
        Subscription s = Subscription.require(id, holder);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (since.isAfter(now)) {
            throw NetralException.unprocessable("since", Messages.text("notification.Subscriptions.since-lies-in-the-future"));
        }
        return deliveries.replaySince(s.id, since, now, who);
    }

    /** Sends one delivery's event again, as a new delivery beside the old one (same webhook-id: receivers dedupe). */
    @Transactional
    public Delivery replay(UUID deliveryId, Subscription.Holder holder, String who) {
        Delivery original = Delivery.require(deliveryId, holder);
        if (original.status != Delivery.Status.SUCCEEDED && original.status != Delivery.Status.DEAD) {
            throw NetralException.conflict(Messages.text("notification.Subscriptions.delivery-is-still-under-way-replay", deliveryId, original.status));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Delivery replay = new Delivery();
        replay.id = UUID.randomUUID();
        replay.event = original.event;
        replay.subscription = original.subscription;
        replay.status = Delivery.Status.PENDING;
        replay.nextAttemptAt = now;
        replay.createdAt = now;
        replay.replayOf = original.id;
        replay.requestedBy = who;
        replay.persist();
        return replay;
    }

    private WebhookUrl checkedUrl(String raw) {
        try {
            return WebhookUrl.of(raw, policy);
        } catch (InvalidValueException e) {
            throw NetralException.unprocessable("url", e.reason());
        }
    }

    private static String checkedSecret(String raw) {
        try {
            return WebhookSecret.check(raw);
        } catch (InvalidValueException e) {
            throw NetralException.unprocessable("secret", e.reason());
        }
    }
}
