package org.bianmin.seal;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * A recorded use of a seal (用印登记): who signed or sealed what with which seal, when, for which case,
 * and where the stamps of a sealed OFD document are.
 *
 * @param esId         the seal
 * @param operator     who signed
 * @param at           when
 * @param documentHash the SM3 hash of the signed document, lower-case hex
 * @param caseNumber   the approval case the document belongs to
 * @param signatureHash the SM3 hash of the SES_Signature made (its DER), lower-case hex: what ties this
 *                     record to one signature value, and so what lets it prove that signature existed
 * @param stamps       for a sealed OFD document, where its stamps are (pages and boxes); empty for a detached
 *                     signature. For a sealed OFD, {@code documentHash} is SM3 of the sealed package.
 * @param timeStampedAt the genTime of the RFC 3161 time-stamp token in the signature's
 *                     {@code SES_Signature.timeStamp} (GB/T 38540 §6.1), the proof of when it existed; null
 *                     when it carries none
 * @param timeStampMissing why the signature carries no time-stamp (the time-stamp authority could not be
 *                     reached and the policy let the seal sign without one); null when it carries one, or for a
 *                     use recorded before time-stamping
 * (the last two since package version 1.5.0)
 */
public record SealUse(String esId, Actor operator, Instant at, String documentHash, String caseNumber,
        String signatureHash, List<StampLocation> stamps, Instant timeStampedAt, String timeStampMissing) {
    public SealUse {
        Checks.text(esId, "esID");
        Checks.required(operator, "operator");
        Checks.required(at, "at");
        documentHash = Checks.text(documentHash, "document hash");
        caseNumber = Checks.text(caseNumber, "case number", 64);
        signatureHash = Checks.text(signatureHash, "signature hash");
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
        if (timeStampMissing != null) {
            timeStampMissing = Checks.text(timeStampMissing, "why the time-stamp is missing", 500);
            if (timeStampedAt != null) {
                throw org.bianmin.core.BianminException.invalid(
                        "a use is either time-stamped or says why it is not, never both");
            }
        }
    }

    /** A use recorded without a word about time-stamps. */
    public SealUse(String esId, Actor operator, Instant at, String documentHash, String caseNumber,
            String signatureHash, List<StampLocation> stamps) {
        this(esId, operator, at, documentHash, caseNumber, signatureHash, stamps, null, null);
    }

    /** The use of a detached signature: no stamps. */
    public SealUse(String esId, Actor operator, Instant at, String documentHash, String caseNumber,
            String signatureHash) {
        this(esId, operator, at, documentHash, caseNumber, signatureHash, List.of());
    }
}
