package id.netral.console.api;

import id.netral.client.notification.ApiException;
import id.netral.client.notification.model.NoticePage;
import id.netral.common.security.Roles;
import id.netral.console.domain.Pager;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The inbox: what notification-service addressed to the viewer (an employee's takedown requests
 * and appeals to acknowledge) and to their office (deadlines near or passed on the cases waiting
 * for it), newest first; a notice is marked read, and acknowledged where it asks for that, through
 * the API as the viewer, who sees only their own (the service decides whose a notice is).
 */
@Path("/inbox")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN, Roles.ASN})
public class InboxPageResource extends ConsolePage {
    static final int PAGE_SIZE = 20;

    @Inject
    Template inbox;

    @GET
    public Response list(@QueryParam("unread") boolean unread, @QueryParam("page") int page) {
        int shown = Math.max(0, page);
        try {
            NoticePage notices = services.inbox().readInbox(null, shown, PAGE_SIZE, unread ? Boolean.TRUE : null);
            long total = notices.getTotal() == null ? 0 : notices.getTotal();
            return pages.html(pages.page(inbox).data("notices", notices.getItems()).data("total", total).data("unread", unread)
                    .data("pager", Pager.of(unread ? "/inbox?unread=true" : "/inbox", shown, PAGE_SIZE, total)));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    /** A notice marked read, or acknowledged (which marks it read too), then back to the list as it was. */
    @POST
    @Path("/{id}/{step: read|acknowledge}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @PathParam("step") String step, @FormParam("csrf") String csrf,
            @FormParam("unread") boolean unread) {
        pages.requireFormToken(csrf);
        try {
            if (step.equals("acknowledge")) {
                services.inbox().acknowledgeNotice(id);
            } else {
                services.inbox().markNoticeRead(id);
            }
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
        return Pages.seeOther(back(unread, id));
    }

    /** Back to the list as it was filtered, at the notice just handled. */
    private static String back(boolean unread, UUID id) {
        return "/inbox" + (unread ? "?unread=true" : "") + "#notice-" + id;
    }
}
