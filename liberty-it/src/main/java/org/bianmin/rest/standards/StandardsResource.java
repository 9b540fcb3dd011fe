package org.bianmin.rest.standards;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Inputs;
import org.bianmin.rest.support.Negotiation;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsRule;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Standards checks over HTTP (标准化规范化便利化, docs/requirements.md C-* and V-* rules): the rules,
 * the check of one site description, and the reports of the annex-2 pilot sites with the county
 * roll-up. Reports are JSON in the checker's own format, or printable HTML with
 * {@code Accept: text/html}.
 */
@Path("standards")
@RequestScoped
@Tag(name = "standards")
@RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
public class StandardsResource {
    @Inject
    TimeSource clock;

    @Inject
    StandardsChecker checker;

    /** The rules the checker applies. */
    @GET
    @Path("rules")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StandardsRule> rules() {
        return checker.rules();
    }

    /** Checks one site description (JSON) for a reporting period (default: this year to date). */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response check(String siteDescription, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        if (siteDescription == null || siteDescription.isBlank()) {
            throw BianminException.invalid("send the site description as the JSON request body");
        }
        SiteReport report = checker.check(siteDescription, period(from, to));
        return Negotiation.wantsHtml(headers) ? html(List.of(report)) : json(checker.toJson(report));
    }

    /** The reports of the four annex-2 pilot sites and their roll-up. */
    @GET
    @Path("pilot-sites")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response pilotSites(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ReportingPeriod period = period(from, to);
        List<SiteReport> reports = PilotSites.descriptions().stream().map(site -> checker.check(site, period)).toList();
        if (Negotiation.wantsHtml(headers)) {
            return html(reports);
        }
        String sites = String.join(",", reports.stream().map(checker::toJson).toList());
        return json("{\"sites\":[" + sites + "],\"rollUp\":" + checker.toJson(checker.rollUp(reports)) + "}");
    }

    private ReportingPeriod period(String from, String to) {
        return Inputs.period(from, to, Inputs.today(clock));
    }

    private Response html(List<SiteReport> reports) {
        return Response.ok(checker.toHtml(reports), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static Response json(String body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
