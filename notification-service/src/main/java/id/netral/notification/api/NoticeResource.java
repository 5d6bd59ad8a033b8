package id.netral.notification.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What was sent about a case and whether it was read and acknowledged: the officers' view of the follow-through. */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
@Tag(name = "Inbox", description = "Notices for ASN and officers, read and acknowledged")
public class NoticeResource {

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "listCaseNotices", summary = "The notices about a case",
            description = "Oldest first, with each recipient and when it was read and acknowledged: e.g. whether the tagged ASN "
                    + "acknowledged the takedown request. Limited to cases in your region.")
    public Page<InboxViews.Tracked> aboutCase(@QueryParam("caseId") @Parameter(description = "The case", required = true) UUID caseId,
            @Valid @BeanParam PageRequest paging) {
        if (caseId == null) {
            throw NetralException.unprocessable("caseId", Messages.text("notification.NoticeResource.caseid-is-required"));
        }
        return Pages.of(InboxItem.aboutCase(caseId, caller.region()), paging, InboxViews.Tracked::of);
    }
}
