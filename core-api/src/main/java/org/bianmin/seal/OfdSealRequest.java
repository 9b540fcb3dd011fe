package org.bianmin.seal;

import org.bianmin.core.Checks;

/**
 * A request to seal one OFD document.
 *
 * @param esId                    the seal
 * @param ofd                     the OFD package
 * @param placement               where the stamp goes
 * @param caseNumber              the approval case the document belongs to
 * @param acceptInvalidSignatures whether to seal a document whose existing signatures do not all verify
 *                                (TOTAL_PASSED); false refuses such a document with
 *                                {@link org.bianmin.core.ErrorCode#OFD_EXISTING_SIGNATURE_INVALID}
 */
public record OfdSealRequest(String esId, byte[] ofd, StampPlacement placement, String caseNumber,
        boolean acceptInvalidSignatures) {
    public OfdSealRequest {
        Checks.text(esId, "esID");
        ofd = Checks.bytes(ofd, "OFD document");
        Checks.required(placement, "placement");
        caseNumber = Checks.text(caseNumber, "case number", 64);
    }

    /** A request that refuses documents whose existing signatures do not verify. */
    public OfdSealRequest(String esId, byte[] ofd, StampPlacement placement, String caseNumber) {
        this(esId, ofd, placement, caseNumber, false);
    }

    @Override
    public byte[] ofd() {
        return ofd.clone();
    }
}
