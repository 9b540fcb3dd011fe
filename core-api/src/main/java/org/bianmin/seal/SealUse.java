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
 */
public record SealUse(String esId, Actor operator, Instant at, String documentHash, String caseNumber,
        String signatureHash, List<StampLocation> stamps) {
    public SealUse {
        Checks.text(esId, "esID");
        Checks.required(operator, "operator");
        Checks.required(at, "at");
        documentHash = Checks.text(documentHash, "document hash");
        caseNumber = Checks.text(caseNumber, "case number", 64);
        signatureHash = Checks.text(signatureHash, "signature hash");
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
    }

    /** The use of a detached signature: no stamps. */
    public SealUse(String esId, Actor operator, Instant at, String documentHash, String caseNumber,
            String signatureHash) {
        this(esId, operator, at, documentHash, caseNumber, signatureHash, List.of());
    }
}
