package id.netral.console.api;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.PledgesApi;
import id.netral.client.roster.model.Pledge;
import id.netral.client.roster.model.PledgeInput;
import id.netral.client.roster.model.PledgeSignatures;
import id.netral.client.roster.model.PledgeSigning;
import id.netral.common.security.Roles;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Neutrality pledges (ikrar netralitas) as an agency's personnel office keeps them: the pledge read
 * together on a day, then the employees who signed it, entered by NIP in one go; the roster shows
 * each employee's signed pledge on their page. Every officer reads them; BKPP and admins record.
 */
@Path("/roster/pledges")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class PledgePageResource extends ConsolePage {
    /** The day a pledge form starts with: today where most agencies are, the officer changes it if need be. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The roster takes at most this many NIPs a call (PledgeSignatures). */
    static final int SIGNATURES_MAX = 10_000;

    @Inject
    Template pledgeForm;

    @Inject
    Template pledge;

    @GET
    @Path("/new")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    public Response form(@QueryParam("agency") String agency) {
        Map<String, String> entries = new HashMap<>();
        entries.put("agencyCode", agency == null || agency.isBlank() ? viewer.getAgency() : agency.strip());
        entries.put("pledgedOn", LocalDate.now(WIB).toString());
        return form(entries, null, 200);
    }

    @POST
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        Map<String, String> posted = Forms.posted(form);
        PledgeInput input;
        try {
            String day = Forms.blankToNull(posted.get("pledgedOn"));
            input = new PledgeInput().agencyCode(Forms.blankToNull(posted.get("agencyCode"))).place(Forms.blankToNull(posted.get("place")))
                    .textReference(Forms.blankToNull(posted.get("textReference"))).pledgedOn(day == null ? null : LocalDate.parse(day));
        } catch (DateTimeParseException unreadable) {
            return form(posted, pages.unreadableForm(), 400);
        }
        try {
            // the key made with the form: a double click or a reload of this post records the pledge once
            Pledge recorded = new PledgesApi(services.roster()).createPledge(input, Forms.blankToNull(posted.get("idempotencyKey")));
            return Pages.seeOther("/roster/pledges/" + recorded.getId());
        } catch (ApiException e) {
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> form(posted, problem, problem.status()));
        }
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        return page(id, null, null, "", 200);
    }

    /**
     * Signatures by NIP (or a non-ASN's AGENCY:STAFFNUMBER), one per line or separated by commas or
     * spaces, as a list typed or pasted from a sign-in sheet. Answered with what the roster did, not
     * by a redirect: the rejections are the point. Sending it again is harmless, a signature counts once.
     */
    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        String typed = form.getFirst("nips") == null ? "" : form.getFirst("nips");
        List<String> keys = signers(typed);
        if (keys.isEmpty() || keys.size() > SIGNATURES_MAX) {
            ApiProblem problem = new ApiProblem(400, pages.texts().get("signersTitle").toString(),
                    pages.texts().format("signersDetail", SIGNATURES_MAX), List.of());
            return page(id, null, problem, typed, 400);
        }
        try {
            PledgeSigning signing = new PledgesApi(services.roster()).signPledge(id, new PledgeSignatures().nips(keys));
            return page(id, signing, null, "", 200);
        } catch (ApiException e) {
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> page(id, null, problem, typed, problem.status()));
        }
    }

    /** The keys in what was typed: split at line ends, commas, semicolons and spaces; each once, in order. */
    static List<String> signers(String typed) {
        return Arrays.stream(typed.split("[\\s,;]+")).filter(k -> !k.isBlank()).distinct().toList();
    }

    private Response page(long id, PledgeSigning signing, ApiProblem problem, String typed, int status) {
        try {
            Pledge found = new PledgesApi(services.roster()).getPledge(id);
            return pages.html(pages.page(pledge).data("p", found).data("signing", signing).data("problem", problem).data("typed", typed), status);
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    private Response form(Map<String, String> entries, ApiProblem problem, int status) {
        Map<String, String> shown = new HashMap<>(entries);
        shown.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        return pages.html(pages.page(pledgeForm).data("entries", shown).data("problem", problem), status);
    }
}
