package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * A detached GB/T 38540 (v4) electronic signature made by the registry: the DER of the
 * SES_Signature, and what it covers.
 *
 * @param esId         the seal that signed
 * @param signedAt     the signing time written into TBS_Sign (the signer's claim)
 * @param documentHash SM3 of the document, lower-case hex
 * @param der          the DER encoding of the SES_Signature
 */
public record SealSignature(String esId, Instant signedAt, String documentHash, byte[] der) {
    public SealSignature {
        Checks.text(esId, "esID");
        Checks.required(signedAt, "signed at");
        Checks.text(documentHash, "document hash");
        der = Checks.bytes(der, "signature");
    }

    @Override
    public byte[] der() {
        return der.clone();
    }
}
