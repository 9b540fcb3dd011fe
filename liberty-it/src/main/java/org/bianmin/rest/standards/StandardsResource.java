package org.bianmin.rest.standards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import org.bianmin.core.ErrorCode;
import org.bianmin.core.Format;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.rest.Roles;
import org.bianmin.rest.openapi.ApiDocument;
import org.bianmin.rest.support.Inputs;
import org.bianmin.rest.support.JsonMapping;
import org.bianmin.rest.support.Negotiation;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsReportRenderer;
import org.bianmin.standards.StandardsRule;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Standards checks over HTTP (标准化规范化便利化, docs/requirements.md C-* and V-* rules): the rules,
 * the check of one site description, and the reports of the annex-2 pilot sites with the county
 * roll-up. A site description arrives as JSON and is read here, at the edge; reports are rendered by
 * {@link StandardsReportRenderer}: JSON in the documented format, or printable HTML with
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

    @Inject
    StandardsReportRenderer renderer;

    /** The rules the checker applies. */
    @GET
    @Path("rules")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StandardsRule> rules() {
        return checker.rules();
    }

    /**
     * Checks one site description (JSON, its schema published in the OpenAPI document as
     * {@value ApiDocument#SITE_DESCRIPTION}) for a reporting period (default: this year to date).
     */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response check(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = ApiDocument.SITE_DESCRIPTION))) String siteDescription, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        if (siteDescription == null || siteDescription.isBlank()) {
            throw BianminException.invalid("send the site description as the JSON request body");
        }
        SiteReport report = checker.check(read(siteDescription), period(from, to));
        Format format = format(headers);
        return rendered(renderer.render(report, format, null), format);
    }

    /** The reports of the four annex-2 pilot sites and their roll-up. */
    @GET
    @Path("pilot-sites")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response pilotSites(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ReportingPeriod period = period(from, to);
        List<SiteReport> reports = PilotSites.descriptions().stream().map(site -> checker.check(read(site), period))
                .toList();
        Format format = format(headers);
        return rendered(renderer.render(reports, format, null), format);
    }

    /**
     * The site description in {@code json}; JSON that does not fit the record (not JSON, an unknown
     * property or code) is {@code SITE_DESCRIPTION_INVALID} naming the field.
     */
    private static SiteDescription read(String json) {
        try {
            SiteDescription site = JsonMapping.mapper().readValue(json, SiteDescription.class);
            if (site == null) {
                throw new BianminException(ErrorCode.SITE_DESCRIPTION_INVALID, "the site description is empty");
            }
            return site;
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPathReference() + ": " : "";
            throw new BianminException(ErrorCode.SITE_DESCRIPTION_INVALID,
                    field + "the site description does not fit its schema: " + e.getOriginalMessage());
        }
    }

    private ReportingPeriod period(String from, String to) {
        return Inputs.period(from, to, Inputs.today(clock));
    }

    private static Format format(HttpHeaders headers) {
        return Negotiation.wantsHtml(headers) ? Format.HTML : Format.JSON;
    }

    private static Response rendered(String body, Format format) {
        return Response.ok(body, MediaType.valueOf(format.mediaType()).withCharset("UTF-8")).build();
    }
}
