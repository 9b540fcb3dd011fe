package org.bianmin.rest.seal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Inputs;
import org.bianmin.seal.TimeStampAuthority;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The county time-stamp authority over HTTP (RFC 3161 §3.4): a DER {@code TimeStampReq} POSTed as
 * {@code application/timestamp-query} is answered with the DER {@code TimeStampResp} as
 * {@code application/timestamp-reply}, a refusal included (status rejection with its failInfo).
 */
@Path("tsa")
@RequestScoped
@Tag(name = "verification")
@RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
    Roles.SUPERVISOR})
public class TimeStampResource {
    /** RFC 3161 §3.4: the media type of a request. */
    static final String QUERY = "application/timestamp-query";
    /** RFC 3161 §3.4: the media type of a response. */
    static final String REPLY = "application/timestamp-reply";
    /** A request is about a hundred bytes; anything far larger is not one. */
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    TimeStampAuthority authority;

    /** Answers an RFC 3161 request. */
    @POST
    @Consumes(QUERY)
    @Produces(REPLY)
    public byte[] timeStamp(InputStream request) {
        return authority.respond(Inputs.smallBinary(request, MAX_REQUEST_BYTES, "the time-stamp request"));
    }

    /** The TSA certificate (DER), to validate its tokens with. */
    @GET
    @Path("certificate")
    @Produces("application/pkix-cert")
    public byte[] certificate() {
        return authority.certificate();
    }
}
