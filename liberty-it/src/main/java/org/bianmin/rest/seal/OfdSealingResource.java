package org.bianmin.rest.seal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.bianmin.rest.support.Downloads;
import org.bianmin.rest.support.Inputs;
import org.bianmin.seal.OfdBatchResult;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.OfdSealer;
import org.bianmin.seal.SealedOfd;
import org.bianmin.seal.StampPlacement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sealing OFD documents over HTTP (用印, docs/requirements.md C-SEAL): the document comes back with
 * the seal's stamp in it (GB/T 33190 §18), for a window clerk who holds the seal's custody. One
 * document, or a batch (批量盖章) as a zip of documents. The size of each request body, the time it
 * may take to arrive and the sealings at once are bounded before the body is read
 * ({@link UploadAdmission}); the resource reads the spooled copy.
 */
@Path("seals/{esId}/sealed-ofd")
@RequestScoped
@Tag(name = "seals")
public class OfdSealingResource {
    /** The media type of OFD documents. */
    static final String OFD = "application/ofd";

    @Inject
    OfdSealer sealer;

    /** The limits; {@link UploadAdmission} has already bounded each request body. */
    @Inject
    UploadCapacity capacity;

    @Context
    SecurityContext security;

    /**
     * Seals the OFD document in the request body; answers 201 with the sealed document. The stamp
     * goes at {@code page}, {@code x}, {@code y} (mm from the page's top-left corner, the stamp's
     * centre), or on {@code keyword} ({@code occurrence=last|every}), or across the right edge of the
     * pages with {@code riding=true} ({@code from}, {@code to}, {@code y}).
     */
    @POST
    @Consumes({OFD, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(OFD)
    @RolesAllowed(Roles.SEAL_CUSTODIAN)
    public Response seal(@PathParam("esId") String esId, @QueryParam("case") String caseNumber,
            @QueryParam("page") String page, @QueryParam("x") String x, @QueryParam("y") String y,
            @QueryParam("keyword") String keyword, @QueryParam("occurrence") String occurrence,
            @QueryParam("riding") String riding, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("acceptInvalidSignatures") String acceptInvalid, InputStream body) {
        StampPlacement placement = new PlacementQuery(page, x, y, keyword, occurrence, riding, from, to).placement();
        String theCase = Inputs.text("case", caseNumber);
        byte[] document = Inputs.smallBinary(body, bodyBytes(UploadEndpoint.SEALING_OFD), "the OFD document");
        SealedOfd sealed = sealer.seal(new OfdSealRequest(esId, document, placement, theCase,
                "true".equals(acceptInvalid)), Callers.actor(security));
        return Downloads.named(Response.status(Response.Status.CREATED).type(OFD).entity(sealed.ofd()), "sealed.ofd")
                .header("X-Bianmin-Signature-Id", sealed.signatureId())
                .header("X-Bianmin-Package-SM3", sealed.packageHash())
                .build();
    }

    /**
     * Seals every {@code .ofd} file of the zip in the request body (批量盖章), each with its own
     * signature and use record; the case number of each is its file name without {@code .ofd}.
     * Answers 200 with a zip of the sealed documents and {@code summary.json}, one line per document:
     * sealed, or refused with its code and message.
     */
    @POST
    @Path("batch")
    @Consumes("application/zip")
    @Produces("application/zip")
    @RolesAllowed(Roles.SEAL_CUSTODIAN)
    public Response batch(@PathParam("esId") String esId, @QueryParam("page") String page,
            @QueryParam("x") String x, @QueryParam("y") String y, @QueryParam("keyword") String keyword,
            @QueryParam("occurrence") String occurrence, @QueryParam("riding") String riding,
            @QueryParam("from") String from, @QueryParam("to") String to, InputStream body) {
        StampPlacement placement = new PlacementQuery(page, x, y, keyword, occurrence, riding, from, to).placement();
        byte[] zip = Inputs.smallBinary(body, bodyBytes(UploadEndpoint.SEALING_BATCH), "the batch zip");
        List<OfdBatchResult> results = sealer.sealBatch(esId, SealingBatch.documents(zip, capacity.batchLimits()), placement,
                Callers.actor(security));
        return Downloads.named(Response.ok(SealingBatch.answer(results), "application/zip"), "sealed.zip").build();
    }

    /**
     * The largest body of an endpoint: the admission's limit, which the spooled body already keeps
     * (so this bound never refuses what the admission let through); it only keeps the resource
     * bounded were it ever reached some other way.
     */
    private int bodyBytes(UploadEndpoint endpoint) {
        return (int) capacity.limits().bodyBytes(endpoint);
    }
}
