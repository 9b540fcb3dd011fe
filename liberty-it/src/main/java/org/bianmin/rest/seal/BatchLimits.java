package org.bianmin.rest.seal;

import org.bianmin.seal.OfdSealer;
import org.eclipse.microprofile.config.Config;

/**
 * What one batch sealing (批量盖章) may hold once its zip is opened, beyond the zip's own size
 * ({@code bianmin.sealing.batch.max.mib}): a zip is small on the wire and large inflated, so its
 * contents are bounded as they are read. Read from MicroProfile Config, so server.xml variables set
 * them:
 *
 * <table>
 * <caption>variables</caption>
 * <tr><th>variable</th><th>default</th><th>bounds</th></tr>
 * <tr><td>{@code bianmin.sealing.batch.documents}</td><td>500</td><td>documents in one batch, at most
 *     {@link OfdSealer#MAX_BATCH_DOCUMENTS}</td></tr>
 * <tr><td>{@code bianmin.sealing.batch.document.max.mib}</td><td>32</td><td>one document, inflated</td></tr>
 * <tr><td>{@code bianmin.sealing.batch.inflated.max.mib}</td><td>128</td><td>all documents together,
 *     inflated</td></tr>
 * </table>
 *
 * @param documents     the most documents in one batch
 * @param documentBytes the largest document, inflated
 * @param inflatedBytes the largest sum of the documents, inflated
 */
public record BatchLimits(int documents, int documentBytes, long inflatedBytes) {
    static final String DOCUMENTS_VARIABLE = "bianmin.sealing.batch.documents";
    static final String DOCUMENT_VARIABLE = "bianmin.sealing.batch.document.max.mib";
    static final String INFLATED_VARIABLE = "bianmin.sealing.batch.inflated.max.mib";

    /** The limits when no variable is set. */
    public static final BatchLimits DEFAULT = new BatchLimits(OfdSealer.MAX_BATCH_DOCUMENTS, 32 << 20, 128L << 20);

    public BatchLimits {
        if (documents < 1 || documents > OfdSealer.MAX_BATCH_DOCUMENTS) {
            throw new IllegalArgumentException(DOCUMENTS_VARIABLE + " must be between 1 and "
                    + OfdSealer.MAX_BATCH_DOCUMENTS + ": " + documents);
        }
        if (documentBytes < 1 || documentBytes > UploadLimits.LARGEST_ARRAY) {
            throw new IllegalArgumentException(DOCUMENT_VARIABLE + " must be positive and below 2 GiB: "
                    + documentBytes + " bytes");
        }
        if (inflatedBytes < documentBytes) {
            throw new IllegalArgumentException(INFLATED_VARIABLE + " must be at least " + DOCUMENT_VARIABLE + ": "
                    + inflatedBytes + " < " + documentBytes + " bytes");
        }
    }

    /** The limits configured, each variable falling back to its default. */
    public static BatchLimits from(Config config) {
        long document = config.getOptionalValue(DOCUMENT_VARIABLE, Long.class).orElse(32L) * UploadLimits.MIB;
        if (document > UploadLimits.LARGEST_ARRAY) {
            throw new IllegalArgumentException(DOCUMENT_VARIABLE + " must be below 2 GiB: " + document + " bytes");
        }
        return new BatchLimits(config.getOptionalValue(DOCUMENTS_VARIABLE, Integer.class)
                .orElse(OfdSealer.MAX_BATCH_DOCUMENTS), (int) document,
                config.getOptionalValue(INFLATED_VARIABLE, Long.class).orElse(128L) * UploadLimits.MIB);
    }
}
