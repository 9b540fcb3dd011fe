package org.bianmin.rest.witness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.bianmin.audit.Witness;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The witness over HTTP (C2SP tlog-witness): {@code POST /api/witness/add-checkpoint} takes the
 * old size line, the consistency proof lines, a blank line and the signed checkpoint, and answers
 * with the protocol's statuses and plain-text bodies (200 cosignature lines, 409 the size it holds
 * as {@code text/x.tlog.size}), which witness clients read, rather than the JSON error shape. Like
 * the time-stamp authority it serves the platform's logins; a log node calls it with a login of its
 * own. 503 {@code SERVICE_UNAVAILABLE} where no witness is configured.
 */
@Path("witness")
@RequestScoped
@Tag(name = "audit")
@RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
    Roles.SUPERVISOR})
public class WitnessResource {
    /** A request: a checkpoint note and a full proof fit far below this. */
    private static final int MAX_REQUEST_BYTES = 256 * 1024;

    @Inject
    Witness witness;

    /** Answers an {@code add-checkpoint} request. */
    @POST
    @Path("add-checkpoint")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    public Response addCheckpoint(InputStream request) {
        WitnessAnswer answer = witness.addCheckpoint(Inputs.smallBinary(request, MAX_REQUEST_BYTES,
                "the add-checkpoint request"));
        return Response.status(answer.outcome().httpStatus()).type(answer.mediaType()).entity(answer.body()).build();
    }

    /** The witness's name and cosignature verifier key, for the logs that configure it. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> identity() {
        return Map.of("name", witness.name(), "verifierKey", witness.verifierKey());
    }
}
