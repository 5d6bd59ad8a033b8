package id.netral.notification.api;

import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.notification.domain.InboxItem;
import id.netral.notification.app.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own inbox: an ASN's (appeals, takedown requests) or an officer's (deadline reminders, paused subscriptions). */
@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ASN, Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.PORTAL, Roles.ADMIN})
@Tag(name = "Inbox", description = "Notices for ASN and officers, read and acknowledged")
public class InboxResource {
    /** Roles whose members share an office inbox within their region (and agency). */
    static final String[] OFFICES = {Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP};

    @Inject
    Notices notices;

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "readInbox", summary = "Your inbox",
            description = "Newest first: notices addressed to you (an ASN's token, role asn, names the employee in its employee_key claim, "
                    + "or in its sub when it has no such claim; any "
                    + "other token reads the notices to its client, such as a paused subscription) and to your office "
                    + "(your role within your region, and for a PPK your agency).")
    public Page<InboxViews.View> list(@QueryParam("unread") @Parameter(description = "true: only what is not read yet") Boolean unread,
            @QueryParam("kind") @Parameter(description = "Only notices of this kind") InboxItem.Kind kind,
            @Valid @BeanParam PageRequest paging) {
        return Pages.of(InboxItem.of(reader(), unread, kind), paging, InboxViews.View::of);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNoticeRead", summary = "Mark a notice read")
    @APIResponse(responseCode = "200", description = "Read", content = @Content(schema = @Schema(implementation = InboxViews.View.class)))
    public InboxViews.View read(@PathParam("id") UUID id) {
        return InboxViews.View.of(notices.read(id, reader()));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(operationId = "acknowledgeNotice", summary = "Acknowledge a notice",
            description = "For notices that ask for it (a takedown request, an appeal that must be acknowledged); the case's officers "
                    + "and the broadcast's sender see it.")
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = InboxViews.View.class)))
    @APIResponse(responseCode = "409", description = "The notice asks for no acknowledgement")
    public InboxViews.View acknowledge(@PathParam("id") UUID id) {
        return InboxViews.View.of(notices.acknowledge(id, reader()));
    }

    private InboxItem.Reader reader() {
        Set<String> offices = new HashSet<>();
        for (String role : OFFICES) {
            if (caller.hasRole(role)) {
                offices.add(role);
            }
        }
        // an ASN's token needs no region: it reads only what is addressed to its own key
        return new InboxItem.Reader(caller.hasRole(Roles.ASN) ? caller.employeeKey() : null, caller.owner(), offices,
                offices.isEmpty() ? null : caller.region(), caller.agency());
    }
}
