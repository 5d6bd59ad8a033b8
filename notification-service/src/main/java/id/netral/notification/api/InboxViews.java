package id.netral.notification.api;

import id.netral.notification.domain.InboxItem;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inbox notices as their readers, and a case's officers, see them. */
public final class InboxViews {

    private InboxViews() {
    }

    @Schema(name = "Notice", example = Examples.NOTICE)
    public record View(UUID id, InboxItem.Kind kind, String title, String body,
            @Schema(description = "The case it is about, if any") UUID caseId,
            @Schema(description = "The broadcast it belongs to, if any") UUID broadcastId,
            boolean requiresAcknowledgement, OffsetDateTime createdAt, OffsetDateTime readAt, OffsetDateTime acknowledgedAt) {

        static View of(InboxItem i) {
            return new View(i.id, i.kind, i.title, i.body, i.caseId, i.broadcastId, i.requiresAcknowledgement, i.createdAt, i.readAt,
                    i.acknowledgedAt);
        }
    }

    /** A notice about a case with its recipient, for the case's officers (e.g. whether the ASN acknowledged a takedown request). */
    @Schema(name = "CaseNotice")
    public record Tracked(UUID id, InboxItem.Kind kind, String title,
            @Schema(description = "A person's key (an ASN's employee key), or null for an office") String recipientKey,
            @Schema(description = "The office's role, or null for a person") String recipientRole,
            String recipientRegion, String recipientAgency, boolean requiresAcknowledgement, OffsetDateTime createdAt,
            OffsetDateTime readAt, OffsetDateTime acknowledgedAt) {

        static Tracked of(InboxItem i) {
            return new Tracked(i.id, i.kind, i.title, i.recipientKey, i.recipientRole, i.recipientRegion, i.recipientAgency,
                    i.requiresAcknowledgement, i.createdAt, i.readAt, i.acknowledgedAt);
        }
    }
}
