package id.netral.console.api;

import id.netral.client.notification.ApiException;
import id.netral.client.notification.model.Audience;
import id.netral.client.notification.model.Broadcast;
import id.netral.client.notification.model.BroadcastPage;
import id.netral.client.notification.model.BroadcastRecipientPage;
import id.netral.client.notification.model.NewBroadcast;
import id.netral.common.security.Roles;
import id.netral.console.domain.Pager;
import id.netral.console.client.ApiProblem;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appeals and circulars (imbauan) to the ASN of an agency, unit or region: the list, a form to send
 * one, and one broadcast's progress with who has not acknowledged it yet, to remind them. Bawaslu,
 * the personnel office and admins, as notification-service allows, within their own region.
 */
@Path("/broadcasts")
@RolesAllowed({Roles.BAWASLU, Roles.BKPP, Roles.ADMIN})
public class BroadcastPageResource extends ConsolePage {
    static final int PAGE_SIZE = 20;
    static final int RECIPIENTS_PAGE_SIZE = 50;

    @Inject
    Template broadcasts;

    @Inject
    Template broadcastForm;

    @Inject
    Template broadcast;

    @GET
    public Response list(@QueryParam("page") int page) {
        int shown = Math.max(0, page);
        try {
            BroadcastPage sent = services.broadcasts().listBroadcasts(shown, PAGE_SIZE);
            long total = sent.getTotal() == null ? 0 : sent.getTotal();
            return pages.html(pages.page(broadcasts).data("sent", sent.getItems()).data("total", total)
                    .data("pager", Pager.of("/broadcasts", shown, PAGE_SIZE, total)));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    @GET
    @Path("/new")
    public Response form() {
        // the sender's own agency and region as the first audience, which the service would default to anyway
        Map<String, String> entries = new HashMap<>();
        entries.put("agencyCode", viewer.getAgency());
        entries.put("regionCode", "*".equals(viewer.getRegion()) ? "" : viewer.getRegion());
        entries.put("requiresAcknowledgement", "true");
        return form(entries, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        Map<String, String> posted = Forms.posted(form);
        NewBroadcast body = new NewBroadcast().title(Forms.blankToNull(posted.get("title"))).body(Forms.blankToNull(posted.get("body")))
                .requiresAcknowledgement("true".equals(posted.get("requiresAcknowledgement")))
                .audience(new Audience().agencyCode(Forms.blankToNull(posted.get("agencyCode"))).unitCode(Forms.blankToNull(posted.get("unitCode")))
                        .regionCode(Forms.blankToNull(posted.get("regionCode"))).employmentType(Forms.blankToNull(posted.get("employmentType"))));
        try {
            // the form's key makes a second click (or a reload of the answer) the same broadcast, not a second one
            Broadcast sent = services.broadcasts().broadcast(body, Forms.blankToNull(posted.get("idempotencyKey")));
            return Pages.seeOther("/broadcasts/" + sent.getId());
        } catch (ApiException e) {
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> form(posted, problem, problem.status()));
        }
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id, @QueryParam("page") int page) {
        int shown = Math.max(0, page);
        try {
            Broadcast sent = services.broadcasts().getBroadcast(id);
            BroadcastRecipientPage waiting = Boolean.TRUE.equals(sent.getRequiresAcknowledgement())
                    ? services.broadcasts().listBroadcastRecipients(id, Boolean.FALSE, shown, RECIPIENTS_PAGE_SIZE, null) : null;
            long left = waiting == null || waiting.getTotal() == null ? 0 : waiting.getTotal();
            int total = sent.getTotal() == null ? 0 : sent.getTotal();
            long delivered = sent.getDelivered() == null ? 0 : sent.getDelivered();
            long acknowledged = sent.getAcknowledged() == null ? 0 : sent.getAcknowledged();
            return pages.html(pages.page(broadcast).data("b", sent).data("waiting", waiting == null ? java.util.List.of() : waiting.getItems())
                    .data("left", left).data("deliveredPercent", percent(delivered, total)).data("acknowledgedPercent", percent(acknowledged, total))
                    .data("running", sent.getStatus() != null && !sent.getStatus().getValue().equals("COMPLETED")
                            && !sent.getStatus().getValue().equals("FAILED"))
                    .data("pager", Pager.of("/broadcasts/" + id, shown, RECIPIENTS_PAGE_SIZE, left)));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    private Response form(Map<String, String> entries, ApiProblem problem, int status) {
        Map<String, String> shown = new HashMap<>(entries);
        shown.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        return pages.html(pages.page(broadcastForm).data("entries", shown).data("problem", problem)
                .data("employmentTypes", java.util.List.of("PNS", "PPPK", "NON_ASN")), status);
    }

    private static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

}
