package id.netral.notification.api;

import id.netral.common.domain.EmailAddress;
import id.netral.common.domain.RegionCode;
import id.netral.notification.domain.Subscription;
import id.netral.notification.app.Subscriptions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of webhook subscriptions. */
public final class SubscriptionViews {
    static final String NATIONAL_OR_REGION = "\\*|" + RegionCode.PATTERN;

    private SubscriptionViews() {
    }

    /** A portal's endpoint and what it wants to hear. */
    @Schema(name = "NewSubscription", example = Examples.NEW_SUBSCRIPTION)
    public record NewSubscription(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "An https URL on a public address",
                    example = "https://portal.slemankab.go.id/netral/webhooks") String url,
            @NotEmpty @Size(max = 20) @Schema(required = true, description = "Event type codes (see /api/v1/event-types)")
            List<@NotBlank @Size(max = 64) String> events,
            @NotNull @Pattern(regexp = NATIONAL_OR_REGION, message = "{netral.region-code}")
            @Schema(required = true, description = "Events of this region and the regions inside it; within your token's region",
                    example = "34.04") String regionCode,
            @Size(max = 200) @Schema(description = "whsec_<base64 of 24 to 64 bytes>; generated and returned once when absent")
            String secret,
            @Size(max = EmailAddress.MAX_LENGTH) @Pattern(regexp = EmailAddress.PATTERN, message = "{netral.email}")
            @Schema(description = "Where to e-mail the owner when the subscription is paused", example = "tik@slemankab.go.id")
            String contactEmail) {

        Subscriptions.Request toRequest() {
            return new Subscriptions.Request(url, events, regionCode, secret, contactEmail);
        }
    }

    /** A new secret for a subscription; the old one keeps signing beside it during the overlap. */
    @Schema(name = "SecretRotation")
    public record Rotation(
            @Size(max = 200) @Schema(description = "whsec_<base64>; generated when absent") String secret,
            @Schema(description = "How long the old secret keeps signing (ISO-8601 duration, up to P7D)", example = "PT24H",
                    implementation = String.class) Duration overlap) {
    }

    /** A subscription as its owners see it; the secret appears only in the answer that created or rotated it. */
    @Schema(name = "Subscription", example = Examples.SUBSCRIPTION)
    public record View(UUID id, String url, List<String> events, String regionCode,
            @Schema(description = "ACTIVE receives deliveries; PAUSED holds them until resumed") Subscription.Status status,
            OffsetDateTime pausedAt, String pausedReason,
            @Schema(description = "Only in the answer to creation or rotation") String secret,
            @Schema(description = "Until when the previous secret still signs, during a rotation") OffsetDateTime previousSecretValidUntil,
            OffsetDateTime lastSuccessAt, String contactEmail, OffsetDateTime createdAt, String createdBy) {

        static View of(Subscription s, String secretOnce) {
            OffsetDateTime previousUntil = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(OffsetDateTime.now())
                    ? s.previousSecretUntil : null;
            return new View(s.id, s.url, s.events, s.regionCode, s.status, s.pausedAt, s.pausedReason, secretOnce, previousUntil,
                    s.lastSuccessAt, s.contactEmail, s.createdAt, s.createdBy);
        }
    }

    /** How many deliveries a replay started. */
    @Schema(name = "Replay")
    public record Replayed(@Schema(description = "New deliveries, one per event re-sent") int deliveries) {
    }
}
