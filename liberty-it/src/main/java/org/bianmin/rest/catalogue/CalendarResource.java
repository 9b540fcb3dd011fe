package org.bianmin.rest.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bianmin.catalogue.CalendarStatus;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.CalendarYears;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar's official years over HTTP: which years come from a State Council notice
 * and from which year on deadlines are provisional; a supervisor loads a new year's notice as a year
 * file (format in the catalogue README) without a restart.
 */
@Path("catalogue/calendar")
@RequestScoped
@Tag(name = "catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
    Roles.SUPERVISOR})
public class CalendarResource {
    @Inject
    CalendarYears years;

    @Context
    SecurityContext security;

    /** The official years (with their notices and who loaded them) and where provisional years start. */
    @GET
    public CalendarStatus status() {
        return years.status();
    }

    /** Loads a year file (UTF-8 text); a bad file is refused whole with 400 CALENDAR_FILE_INVALID. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response load(String yearFile) {
        CalendarYearStatus loaded = years.load(Inputs.text("year file", yearFile), Callers.actor(security));
        return Response.status(Response.Status.CREATED).entity(loaded).build();
    }
}
