package org.bianmin.rest.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.bianmin.seal.RevocationListPublisher;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The county CA's certificate revocation list (RFC 5280 §5), DER as {@code application/pkix-crl}
 * (RFC 2585 §4.2): the signer certificates of revoked seals and, on hold, of suspended ones. Public,
 * without a login: it is what the certificates' CRL distribution point names, and anyone who checks
 * a sealed document fetches it (RFC 5280 §4.2.1.13).
 */
@Path("ca")
@RequestScoped
@Tag(name = "verification")
@PermitAll
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
