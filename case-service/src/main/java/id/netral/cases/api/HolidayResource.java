package id.netral.cases.api;

import id.netral.common.api.Problem;
import id.netral.common.audit.AuditViews;
import id.netral.common.store.FactHistory;
import id.netral.common.security.CallerScope;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import jakarta.ws.rs.BeanParam;
import id.netral.cases.app.HolidayCalendar;
import id.netral.cases.domain.Holiday;
import jakarta.inject.Inject;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The days that do not count as working days for the legal clocks: national holidays, collective
 * leave and vote days. Data an admin keeps up year by year (the decree on holidays and collective
 * leave comes out each year); every participant may read it.
 */
@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class HolidayResource {

    @Inject
    HolidayCalendar calendar;

    @Inject
    FactHistory history;

    @Inject
    CallerScope caller;

    /** A day off and why. */
    @Schema(name = "Holiday")
    public record View(LocalDate day, String name, Holiday.Kind kind) {
        static View of(Holiday h) {
            return new View(h.day, h.name, h.kind);
        }
    }

    /** What a day off is. */
    @Schema(name = "HolidayInput")
    public record Input(@NotBlank @Size(max = 200) @Schema(example = "Hari Raya Idul Fitri 1446 H") String name,
            @NotNull Holiday.Kind kind) {
    }

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listHolidays", summary = "List holidays", description = "In date order; of one year when asked.")
    public List<View> list(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year) {
        return Holiday.of(year).stream().map(View::of).toList();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "getHolidayHistory", summary = "The holiday calendar's changes",
            description = "Every day off added, renamed or removed since the calendar's history began: who, when, before and after, "
                    + "oldest first, hash-chained. A day off moves legal deadlines in every region, so every region's BKPP may read it.")
    public Page<AuditViews.Change> history(@Valid @BeanParam PageRequest paging) {
        return history.page(HolidayCalendar.SUBJECT, HolidayCalendar.NATIONAL, paging).map(AuditViews.Change::of);
    }

    @GET
    @Path("/history/verify")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "verifyHolidayHistory", summary = "Check the holiday calendar's history chain",
            description = "Invalid when an entry was changed, removed or added in the database behind the service's back.")
    public AuditViews.Verification verifyHistory() {
        return AuditViews.Verification.of(history.verify(HolidayCalendar.SUBJECT, HolidayCalendar.NATIONAL));
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putHoliday", summary = "Add or rename a holiday (admin)",
            description = "Deadlines computed from now on skip it (on every replica within a minute); deadlines already set on "
                    + "cases keep their dates.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "200", description = "Renamed", content = @Content(schema = @Schema(implementation = View.class)))
    public Response put(@PathParam("day") @Parameter(example = "2025-03-31") LocalDate day, @NotNull @Valid Input input) {
        boolean created = calendar.put(day, input.name(), input.kind(), caller.actor());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(new View(day, input.name(), input.kind()))
                .build();
    }

    @DELETE
    // nothing to send but a problem: the generated clients ask for application/problem+json alone
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteHoliday", summary = "Remove a holiday (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("day") LocalDate day) {
        calendar.remove(day, caller.actor());
    }
}
