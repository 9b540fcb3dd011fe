package org.bianmin.seal;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The certificate revocation list (证书撤销列表) of the county CA that issues the seals' signer
 * certificates, so that a verifier who has never talked to this registry can tell a revoked or
 * suspended seal: an RFC 5280 §5 version 2 CRL, signed SM3withSM2 by the CA, with {@code cRLNumber}
 * and {@code nextUpdate}; revoked seals' certificates with their revocation's effective time as
 * {@code invalidityDate}, suspended ones with reason {@code certificateHold} until they are resumed.
 *
 * @since package version 1.5.0
 */
@ProviderType
public interface RevocationListPublisher {
    /**
     * The current list (DER). A new one, with the next {@code cRLNumber}, is issued when the set of
     * listed certificates has changed or half of the last list's time to {@code nextUpdate} has passed;
     * otherwise the last one is answered again.
     */
    byte[] currentList();

    /**
     * The current list (DER) for a verification whose validation time is {@code asOf}: as
     * {@link #currentList()}, but a list issued for it is dated no later than {@code asOf}, so that
     * the verification can use it (a list stands from its {@code thisUpdate} on, RFC 5280 §5.1.2.4).
     * By default the same as {@link #currentList()}.
     *
     * @since package version 1.8.0
     */
    default byte[] currentList(Instant asOf) {
        return currentList();
    }
}
