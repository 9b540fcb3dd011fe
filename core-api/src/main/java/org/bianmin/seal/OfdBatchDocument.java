package org.bianmin.seal;

import org.bianmin.core.Checks;

/**
 * One document of a batch sealing (批量盖章).
 *
 * @param name       the document's name, unique in the batch (e.g. its file name)
 * @param caseNumber the approval case it belongs to
 * @param ofd        the OFD package
 */
public record OfdBatchDocument(String name, String caseNumber, byte[] ofd) {
    public OfdBatchDocument {
        Checks.text(name, "name", 200);
        caseNumber = Checks.text(caseNumber, "case number", 64);
        ofd = Checks.bytes(ofd, "OFD document");
    }

    @Override
    public byte[] ofd() {
        return ofd.clone();
    }
}
