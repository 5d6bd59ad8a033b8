package id.netral.cases.api;

import id.netral.common.i18n.Messages;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.CaseStatus;
import id.netral.common.error.NetralException;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a reporter learns with the tracking code, through any participant (a portal shows it):
 * the status and the dates, never a name, so the code is the only key and no region applies.
 */
@Path("/api/v1/track")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Cases")
public class TrackResource {

    @GET
    @Path("/{trackingCode}")
    @Operation(operationId = "trackCase", summary = "Track a report by its code",
            description = "Status and dates only, no names. A report that repeats an open case shows that case's status too.")
    public CaseViews.Tracking track(@PathParam("trackingCode") String trackingCode) {
        CaseFile c = CaseFile.byTrackingCode(trackingCode)
                .orElseThrow(() -> NetralException.notFound(Messages.text("case.TrackResource.tracking-code"), trackingCode));
        CaseStatus linked = c.duplicateOf == null ? null : CaseFile.statusOf(c.duplicateOf).orElse(null);
        var completion = c.deadlines.stream().filter(d -> d.code().equals("FORMAL_COMPLETION")).findFirst();
        return new CaseViews.Tracking(c.trackingCode, c.status, c.createdAt.atZoneSameInstant(ZoneId.of(c.timeZone)).toLocalDate(),
                c.updatedAt, c.status == CaseStatus.INCOMPLETE ? completion.map(d -> d.dueOn()).orElse(null) : null,
                c.status == CaseStatus.INCOMPLETE ? c.missing : null, linked,
                c.deadlines.stream().map(d -> new CaseViews.DueDate(d.code(), d.dueOn())).toList());
    }
}
