package org.bianmin.rest.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianmin.catalogue.BundleGuide;
import org.bianmin.catalogue.CatalogueDiff;
import org.bianmin.catalogue.CatalogueListingRenderer;
import org.bianmin.catalogue.CatalogueTransfer;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.CatalogueVersions;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.DevolutionGrants;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.ImportReport;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The devolved-power catalogue over HTTP (权责清单, docs/requirements.md K-*): items as of a date, the
 * who-handles query, bundles (一件事一次办), devolution grants, published versions and their
 * diff, and whole-catalogue import and export. Everyone reads; supervisors change it.
 */
@Path("catalogue")
@RequestScoped
@Tag(name = "catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
    Roles.SUPERVISOR})
public class CatalogueResource {
    @Inject
    TimeSource clock;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    CatalogueVersions versions;

    @Inject
    CatalogueListingRenderer listingRenderer;

    @Inject
    WorkingDays workingDays;

    @Inject
    DevolutionGrants grants;

    @Inject
    CatalogueTransfer transfer;

    @Context
    SecurityContext security;

    /** The items in force on a date (default today). */
    @GET
    @Path("items")
    public List<ServiceItem> items(@QueryParam("date") String date) {
        return catalogue.items(day(date));
    }

    /** One item as in force on a date. */
    @GET
    @Path("items/{code}")
    public ServiceItem item(@PathParam("code") String code, @QueryParam("date") String date) {
        return catalogue.item(code, day(date)).orElseThrow(() -> new BianminException(ErrorCode.ITEM_NOT_FOUND,
                "no item " + code + " is in force on " + day(date) + "; list the items of that date"));
    }

    /** The grants of an item, oldest first. */
    @GET
    @Path("items/{code}/grants")
    public List<DevolutionGrant> grantsOf(@PathParam("code") String code) {
        return grants.grantsOf(code);
    }

    /** Who handles an item for a place on a date, and on what basis (县办/乡镇办/村代办). */
    @GET
    @Path("who-handles")
    public HandlingAnswer whoHandles(@QueryParam("item") String item, @QueryParam("place") String place,
            @QueryParam("date") String date, @QueryParam("version") String version) {
        String code = Inputs.text("item", item);
        DivisionCode where = DivisionCode.of(Inputs.text("place", place));
        if (version != null && !version.isBlank()) {
            return versions.whoHandles(code, where, day(date), Inputs.smallNumber("version", version, 0));
        }
        return catalogue.whoHandles(code, where, day(date));
    }

    /**
     * The due date of a time limit in working days counted from a receipt date; {@code provisional} when
     * it counts days of a year whose holiday notice is not loaded yet.
     */
    @GET
    @Path("deadline")
    public Map<String, Object> deadline(@QueryParam("received") String received, @QueryParam("days") String days) {
        LocalDate from = day(received);
        int count = Inputs.requiredSmallNumber("days", days);
        Deadline due = workingDays.dueDate(from, count);
        return Map.of("received", from.toString(), "workingDays", count, "due", due.date().toString(),
                "provisional", due.provisional());
    }

    /** The county's places (county, townships, stations, villages). */
    @GET
    @Path("places")
    public List<Place> places(@QueryParam("within") String within) {
        return within == null || within.isBlank() ? catalogue.places() : catalogue.placesWithin(DivisionCode.of(within));
    }

    /** The items a village's agents handle by proxy on a date. */
    @GET
    @Path("places/{village}/proxy-items")
    public List<ServiceItem> proxyItems(@PathParam("village") String village, @QueryParam("date") String date) {
        return catalogue.proxyItems(DivisionCode.of(village), day(date));
    }

    /** The grants in force for a township on a date. */
    @GET
    @Path("grants")
    public List<DevolutionGrant> grantsTo(@QueryParam("township") String township, @QueryParam("date") String date) {
        return grants.grantsTo(DivisionCode.of(Inputs.text("township", township)), day(date));
    }

    /** The bundles (一件事) in force on a date. */
    @GET
    @Path("bundles")
    public List<ServiceBundle> bundles(@QueryParam("date") String date) {
        return catalogue.bundles(day(date));
    }

    /** A bundle's guide: its items, merged materials and time limit. */
    @GET
    @Path("bundles/{code}")
    public BundleGuide bundle(@PathParam("code") String code, @QueryParam("date") String date) {
        return catalogue.bundleGuide(code, day(date));
    }

    /**
     * A bundle's guide for one applicant (高效办成一件事): only the member items that the answers to
     * its situations select, their de-duplicated materials and the time limit. 400
     * {@code INVALID_ARGUMENT} names a question left unanswered or an answer the bundle does not offer.
     */
    @POST
    @Path("bundles/{code}/guide")
    @Consumes(MediaType.APPLICATION_JSON)
    public BundleGuide guide(@PathParam("code") String code, CatalogueBodies.Answers body) {
        CatalogueBodies.Answers answers = Inputs.body(body);
        return catalogue.bundleGuide(code, day(answers.date()),
                answers.answers() == null ? Map.of() : answers.answers());
    }

    /** The published versions, oldest first. */
    @GET
    @Path("versions")
    public List<CatalogueVersion> versions() {
        return versions.versions();
    }

    /** Publishes the catalogue as in force today as a new numbered version. */
    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @APIResponseSchema(value = CatalogueVersion.class, responseCode = "201", responseDescription = "the new version")
    public Response publish(CatalogueBodies.Publication body) {
        CatalogueBodies.Publication publication = Inputs.body(body);
        CatalogueVersion version = versions.publish(publication.title(),
                note(publication.reason(), publication.legalBasis(), null));
        return Response.status(Response.Status.CREATED).entity(version).build();
    }

    /** One published version. */
    @GET
    @Path("versions/{number}")
    public CatalogueVersion version(@PathParam("number") String number) {
        return versions.version(Inputs.smallNumber("version", number, 0));
    }

    /** The items of a published version. */
    @GET
    @Path("versions/{number}/items")
    public List<ServiceItem> versionItems(@PathParam("number") String number) {
        return versions.items(Inputs.smallNumber("version", number, 0));
    }

    /** A published version as a printable listing (HTML). */
    @GET
    @Path("versions/{number}/listing")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String listing(@PathParam("number") String number) {
        return listingRenderer.render(versions.listing(Inputs.smallNumber("version", number, 0)), null);
    }

    /** What changed between two published versions, field by field. */
    @GET
    @Path("diff")
    public CatalogueDiff diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        return versions.diff(Inputs.requiredSmallNumber("from", from), Inputs.requiredSmallNumber("to", to));
    }

    /** The whole catalogue as of a date in the catalogue's JSON format. */
    @GET
    @Path("export")
    public String exportJson(@QueryParam("date") String date) {
        return transfer.exportJson(day(date));
    }

    /** The items as of a date as CSV. */
    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    public String exportCsv(@QueryParam("date") String date) {
        return transfer.exportItemsCsv(day(date));
    }

    /**
     * Imports a catalogue document (the export format), all or nothing; the change note's reason
     * and legal basis (both required) and effective date (default today) come from the query.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public ImportReport importJson(String json, @QueryParam("reason") String reason,
            @QueryParam("basis") String basis, @QueryParam("effective") String effective) {
        return transfer.importJson(required(json), note(reason, basis, effective));
    }

    /** Imports items from CSV, all or nothing. */
    @POST
    @Path("import.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.SUPERVISOR)
    public ImportReport importCsv(String csv, @QueryParam("reason") String reason,
            @QueryParam("basis") String basis, @QueryParam("effective") String effective) {
        return transfer.importItemsCsv(required(csv), note(reason, basis, effective));
    }

    /** The bundles as of a date as CSV, with their situations and merged application forms. */
    @GET
    @Path("export-bundles.csv")
    @Produces("text/csv;charset=UTF-8")
    public String exportBundlesCsv(@QueryParam("date") String date) {
        return transfer.exportBundlesCsv(day(date));
    }

    /** Imports bundles from CSV, all or nothing. */
    @POST
    @Path("import-bundles.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.SUPERVISOR)
    public ImportReport importBundlesCsv(String csv, @QueryParam("reason") String reason,
            @QueryParam("basis") String basis, @QueryParam("effective") String effective) {
        return transfer.importBundlesCsv(required(csv), note(reason, basis, effective));
    }

    private ChangeNote note(String reason, String basis, String effective) {
        return new ChangeNote(Callers.actor(security), reason, basis, Inputs.date("effective", effective, Inputs.today(clock)));
    }

    private static String required(String body) {
        if (body == null || body.isBlank()) {
            throw BianminException.invalid("the request body is empty");
        }
        return body;
    }

    private LocalDate day(String date) {
        return Inputs.date("date", date, Inputs.today(clock));
    }
}
