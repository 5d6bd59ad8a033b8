package id.netral.notification.api;

import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.domain.EmailAddress;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.notification.domain.EmailMessage;
import id.netral.notification.domain.InboxItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail log: every e-mail with its status, for admins. */
@Path("/api/v1/emails")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "E-mail", description = "The log of every e-mail sent or being sent")
public class EmailResource {

    @Inject
    CallerScope caller;

    /** One e-mail of the log; the address is masked like every personal address outside the roster. */
    @Schema(name = "Email")
    public record View(UUID id, InboxItem.Kind kind, String subject,
            @Schema(description = "Masked: b***@slemankab.go.id; null while the roster has not been asked") String address,
            @Schema(description = "The employee whose roster address is used, when queued by key") String recipientKey,
            EmailMessage.Status status, int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt,
            @Schema(description = "The inbox notice it accompanies") UUID inboxItemId) {

        static View of(EmailMessage m) {
            return new View(m.id, m.kind, m.subject, EmailAddress.mask(m.address), m.recipientKey, m.status, m.attempts, m.lastError,
                    m.createdAt, m.sentAt, m.inboxItemId);
        }
    }

    @GET
    @Operation(operationId = "listEmails", summary = "The mail log",
            description = "Newest first, in your region: PENDING and RETRYING wait, SENT went out, DEAD failed every retry, "
                    + "NO_ADDRESS had no address in the roster.")
    public Page<View> list(@QueryParam("status") @Parameter(description = "Only mails in this status") EmailMessage.Status status,
            @QueryParam("kind") @Parameter(description = "Only mails of this kind") InboxItem.Kind kind,
            @Valid @BeanParam PageRequest paging) {
        return Pages.of(EmailMessage.log(caller.region(), status, kind), paging, View::of);
    }
}
