package id.netral.notification.api;

import id.netral.notification.domain.Broadcast;
import id.netral.notification.app.Broadcasts;
import id.netral.notification.domain.InboxItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of broadcasts. */
public final class BroadcastViews {

    private BroadcastViews() {
    }

    @Schema(name = "NewBroadcast", example = Examples.NEW_BROADCAST)
    public record NewBroadcast(
            @NotBlank @Size(max = 300) @Schema(required = true, example = "Imbauan menjaga netralitas ASN menjelang pemungutan suara")
            String title,
            @NotBlank @Size(max = 20000) @Schema(required = true, description = "Plain text; a blank line starts a new paragraph") String body,
            @NotNull @Valid @Schema(required = true, description = "Who receives it: the filters combine, inside your region") Audience audience,
            @Schema(description = "Whether recipients are asked to acknowledge it") boolean requiresAcknowledgement) {

        Broadcasts.Request toRequest() {
            return new Broadcasts.Request(title, body, audience.agencyCode(), audience.unitCode(), audience.regionCode(),
                    audience.employmentType(), requiresAcknowledgement);
        }
    }

    /** The active employees a broadcast reaches; every filter optional, the region defaulting to the sender's. */
    @Schema(name = "Audience")
    public record Audience(@Size(max = 40) @Schema(example = "PEMKAB-SLEMAN") String agencyCode,
            @Size(max = 40) @Schema(example = "DISDIK") String unitCode,
            @Pattern(regexp = SubscriptionViews.NATIONAL_OR_REGION, message = "{netral.region-code}")
            @Schema(description = "Inside your token's region; default your region", example = "34.04") String regionCode,
            @Pattern(regexp = "PNS|PPPK|NON_ASN", message = "{netral.employment-type}") String employmentType) {
    }

    @Schema(name = "Broadcast", example = Examples.BROADCAST)
    public record View(UUID id, String title, String body, Audience audience, boolean requiresAcknowledgement,
            @Schema(description = "QUEUED, RUNNING, COMPLETED, or FAILED when the roster could not be read") Broadcast.Status status,
            @Schema(description = "Recipients the roster counted when delivery began; null until then") Integer total,
            @Schema(description = "Inbox notices made so far") long delivered,
            @Schema(description = "E-mails that failed every retry") long failed,
            @Schema(description = "E-mails sent") long emailed,
            @Schema(description = "Recipients without an e-mail address in the roster") long withoutEmail,
            long read, long acknowledged, String lastError, OffsetDateTime createdAt, String createdBy, OffsetDateTime completedAt) {

        static View of(Broadcast b, Broadcast.Progress p) {
            return new View(b.id, b.title, b.body, new Audience(b.audienceAgency, b.audienceUnit, b.audienceRegion, b.audienceType),
                    b.requiresAcknowledgement, b.status, b.audienceSize, p.delivered(), p.emailFailed(), p.emailed(), p.noAddress(),
                    p.read(), p.acknowledged(), b.lastError, b.createdAt, b.createdBy, b.completedAt);
        }
    }

    /** One recipient and whether they read and acknowledged. */
    @Schema(name = "BroadcastRecipient")
    public record Recipient(String employeeKey, String name, String agencyCode, String unitCode, OffsetDateTime readAt,
            OffsetDateTime acknowledgedAt) {

        static Recipient of(InboxItem i) {
            return new Recipient(i.recipientKey, i.recipientName, i.recipientAgency, i.recipientUnit, i.readAt, i.acknowledgedAt);
        }
    }

}
