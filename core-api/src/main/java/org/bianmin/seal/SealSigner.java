package org.bianmin.seal;

import java.io.InputStream;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Signing with a seal (用印): a detached GB/T 38540 v4 SES_Signature over the SM3 hash of a
 * document. Only an ACTIVE seal inside its validity signs, and only for an operator the seal's
 * custodian policy allows. Every use is recorded and sent to the audit trail.
 */
@ProviderType
public interface SealSigner {
    /**
     * Signs a document read from {@code document} (streamed: it is hashed, never held whole).
     *
     * @param esId       the seal
     * @param document   the document bytes; read to the end, not closed
     * @param caseNumber the approval case the document belongs to
     * @param operator   who signs
     */
    SealSignature sign(String esId, InputStream document, String caseNumber, Actor operator);

    /** Signs a document held in memory. */
    default SealSignature sign(String esId, byte[] document, String caseNumber, Actor operator) {
        return sign(esId, new java.io.ByteArrayInputStream(document), caseNumber, operator);
    }
}
