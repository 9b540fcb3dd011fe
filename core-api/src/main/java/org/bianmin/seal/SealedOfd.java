package org.bianmin.seal;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.Checks;

/**
 * An OFD document sealed by the registry (GB/T 33190-2016 §18 with a GB/T 38540 SES_Signature),
 * and what its use record holds.
 *
 * @param esId            the seal
 * @param signedAt        the signing time written into the signature
 * @param signatureId     the signature's ID in Signatures.xml
 * @param signaturePath   the path of its Signature.xml in the package
 * @param packageHash     SM3 of the sealed package, lower-case hex
 * @param signedValueHash SM3 of SignedValue.dat (the DER SES_Signature), lower-case hex
 * @param stamps          where the stamp is shown
 * @param ofd             the sealed package
 */
public record SealedOfd(String esId, Instant signedAt, String signatureId, String signaturePath, String packageHash,
        String signedValueHash, List<StampLocation> stamps, byte[] ofd) {
    public SealedOfd {
        Checks.text(esId, "esID");
        Checks.required(signedAt, "signed at");
        Checks.text(signatureId, "signature ID");
        Checks.text(signaturePath, "signature path");
        Checks.text(packageHash, "package hash");
        Checks.text(signedValueHash, "signed value hash");
        stamps = Checks.list(stamps, "stamps");
        ofd = Checks.bytes(ofd, "sealed OFD");
    }

    @Override
    public byte[] ofd() {
        return ofd.clone();
    }
}
