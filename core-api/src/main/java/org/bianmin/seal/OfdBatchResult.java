package org.bianmin.seal;

import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;

/**
 * What became of one document of a batch (批量盖章): sealed, or refused with a code and a message.
 *
 * @param name    the document's name in the batch
 * @param sealed  the sealed document, or null when refused
 * @param error   the refusal's code, or null when sealed
 * @param message the refusal's message, or null when sealed
 */
public record OfdBatchResult(String name, SealedOfd sealed, ErrorCode error, String message) {
    public OfdBatchResult {
        Checks.text(name, "name");
        if ((sealed == null) == (error == null)) {
            throw new IllegalArgumentException("a batch result is either sealed or refused");
        }
    }

    public static OfdBatchResult sealed(String name, SealedOfd sealed) {
        return new OfdBatchResult(name, Checks.required(sealed, "sealed"), null, null);
    }

    public static OfdBatchResult refused(String name, ErrorCode error, String message) {
        return new OfdBatchResult(name, null, Checks.required(error, "error"), message);
    }
}
