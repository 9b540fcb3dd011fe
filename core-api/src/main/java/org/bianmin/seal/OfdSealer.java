package org.bianmin.seal;

import java.util.List;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sealing of OFD documents (电子签章, GB/T 33190-2016 §18 with a GB/T 38540-2020 SES_Signature):
 * the document comes back with a signature whose stamp every OFD reader draws, so that a citizen
 * receives a stamped document without travelling for the stamp (docs/requirements.md C-SEAL). The
 * rules of signing hold: an ACTIVE seal inside its validity, an operator holding custody; each
 * sealing is one use record (用印登记) and one audit event, written together or not at all.
 *
 * <p>The new signature protects every file of the package except the signature list
 * (Signatures.xml) and its own Signature.xml and SignedValue.dat: pages, templates, resources,
 * annotations, attachments, OFD.xml and the files of every earlier signature. Earlier signatures
 * stay byte for byte as they were and keep verifying; a later seal can always be added.
 */
@ProviderType
public interface OfdSealer {
    /**
     * The most documents one {@link #sealBatch} takes; a deployment may allow fewer (liberty-it
     * README, server variable {@code bianmin.sealing.batch.documents}).
     */
    int MAX_BATCH_DOCUMENTS = 500;

    /**
     * Seals one document.
     *
     * @throws org.bianmin.core.BianminException with {@code OFD_INVALID}, {@code OFD_PLACEMENT_INVALID},
     *         {@code OFD_KEYWORD_NOT_FOUND}, {@code OFD_EXISTING_SIGNATURE_INVALID} or a signing refusal
     *         ({@code SEAL_NOT_ACTIVE}, {@code SEAL_OUTSIDE_VALIDITY}, {@code SEAL_OPERATOR_NOT_AUTHORIZED},
     *         {@code CLOCK_BEHIND});
     *         nothing is recorded then
     */
    SealedOfd seal(OfdSealRequest request, Actor operator);

    /**
     * Seals many documents with one seal (批量盖章): each its own signature, use record and
     * transaction; a refused document does not stop the others.
     *
     * @param documents 1 to {@link #MAX_BATCH_DOCUMENTS} documents, names unique
     * @return one result per document, in the given order
     */
    List<OfdBatchResult> sealBatch(String esId, List<OfdBatchDocument> documents, StampPlacement placement,
            Actor operator);
}
