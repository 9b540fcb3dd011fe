package org.bianmin.rest.seal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.bianmin.rest.Roles;
import org.bianmin.seal.RevocationListPublisher;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The county CA's certificate revocation list (RFC 5280 §5), DER as {@code application/pkix-crl}
 * (RFC 2585 §4.2): the signer certificates of revoked seals and, on hold, of suspended ones.
 */
@Path("ca")
@RequestScoped
@Tag(name = "verification")
@RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
    Roles.SUPERVISOR})
public class RevocationListResource {
    @Inject
    RevocationListPublisher publisher;

    /** The current CRL. */
    @GET
    @Path("crl")
    @Produces("application/pkix-crl")
    public byte[] crl() {
        return publisher.currentList();
    }
}
