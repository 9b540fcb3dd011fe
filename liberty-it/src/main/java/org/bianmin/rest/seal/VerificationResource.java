package org.bianmin.rest.seal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bianmin.core.BianminException;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Inputs;
import org.bianmin.rest.support.Negotiation;
import org.bianmin.seal.ReportFormat;
import org.bianmin.seal.SealReportRenderer;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of electronic seals and signatures (验章, GB/T 38540 §7.3): an OFD document with
 * its seals, a detached GB/T 38540 signature with the document it signs, or a seal alone. The
 * answer is the report as JSON, or as an HTML page with {@code Accept: text/html}. A failed
 * verification is a report (200), not an error. The size of each request and the verifications at
 * once are bounded before the body is read ({@link UploadAdmission}).
 */
@Path("verification")
@RequestScoped
@Tag(name = "verification")
@RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
    Roles.SUPERVISOR})
public class VerificationResource {
    @Inject
    SealVerifier verifier;

    @Inject
    SealReportRenderer renderer;

    /** The limits; {@link UploadAdmission} has already bounded each request body. */
    @Inject
    UploadCapacity capacity;

    /** Verifies every seal in an OFD document sent as the request body. */
    @POST
    @Path("ofd")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response ofd(InputStream ofd, @QueryParam("at") String at, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return answer(verifier.verifyOfd(ofd, policy(at)), headers, lang);
    }

    /** Verifies a SESeal (DER) sent as the request body. */
    @POST
    @Path("seal")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response seal(InputStream seal, @QueryParam("at") String at, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return answer(verifier.verifySeal(Inputs.smallBinary(seal, structureBytes(), "the seal"), policy(at)), headers,
                lang);
    }

    /**
     * Verifies a detached SES_Signature against its document: a {@code multipart/form-data} body
     * with the parts {@code signature} (DER) and {@code document}, and optionally
     * {@code evidenceRecord}, the signature's RFC 4998 evidence record (DER, as
     * {@code GET /api/seals/{esId}/uses/{signatureHash}/evidence-record} hands it out): a proof of
     * existence that outlasts the signature's own time-stamp (check EVIDENCE_RECORD). The parts are
     * read from the body {@link UploadAdmission} spooled ({@code SpooledRequest#getParts()}).
     */
    @POST
    @Path("detached")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"signature", "document"}, properties = {
                @SchemaProperty(name = "signature", type = SchemaType.STRING, format = "binary",
                        description = "the SES_Signature, DER"),
                @SchemaProperty(name = "document", type = SchemaType.STRING, format = "binary",
                        description = "the document the signature covers"),
                @SchemaProperty(name = "evidenceRecord", type = SchemaType.STRING, format = "binary",
                        description = "the signature's RFC 4998 evidence record, DER")})))
    public Response detached(@QueryParam("at") String at, @QueryParam("lang") String lang,
            @Context HttpHeaders headers, @Context HttpServletRequest request) throws IOException {
        Part signature = part(request, "signature");
        Part document = part(request, "document");
        if (signature == null || document == null) {
            throw BianminException.invalid("send the parts 'signature' (DER) and 'document' as multipart/form-data");
        }
        byte[] der = Inputs.smallBinary(signature.getInputStream(), structureBytes(), "the signature");
        ValidationPolicy policy = policy(at);
        Part evidenceRecord = part(request, "evidenceRecord");
        if (evidenceRecord != null) {
            policy = policy.withEvidenceRecords(List.of(Inputs.smallBinary(evidenceRecord.getInputStream(),
                    structureBytes(), "the evidence record")));
        }
        try (InputStream content = document.getInputStream()) {
            return answer(verifier.verifyDetached(der, content, policy), headers, lang);
        }
    }

    /** A part of the request's multipart body, or null when it has none of that name. */
    private static Part part(HttpServletRequest request, String name) throws IOException {
        try {
            return request.getPart(name);
        } catch (ServletException e) {
            throw BianminException.invalid(e.getMessage());
        }
    }

    /** The largest seal or detached signature (vendor seals with pictures are tens of kB). */
    private int structureBytes() {
        return (int) capacity.limits().bodyBytes(UploadEndpoint.VERIFICATION_SEAL);
    }

    private static Locale language(String lang) {
        if (lang == null) {
            return null;
        }
        return switch (lang) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw BianminException.invalid("lang must be zh or en, not '" + lang + "'");
        };
    }

    private ValidationPolicy policy(String at) {
        ValidationPolicy policy = verifier.defaultPolicy();
        Instant time = Inputs.instant("at", at, null);
        return time == null ? policy : policy.withValidationTime(time);
    }

    /**
     * The report as JSON, or as HTML when asked for ({@code Accept: text/html}): in Chinese and then
     * English on one page, or in the one language {@code lang} names ({@code zh} or {@code en}; the
     * console shows the report in its user's language).
     */
    private Response answer(VerificationReport report, HttpHeaders headers, String lang) {
        Locale locale = language(lang);
        if (Negotiation.wantsHtml(headers)) {
            return Response.ok(renderer.render(report, ReportFormat.HTML, locale),
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(VerificationAnswer.of(report), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
