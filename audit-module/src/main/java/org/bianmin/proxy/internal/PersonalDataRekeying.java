package org.bianmin.proxy.internal;

import org.bianmin.core.Actor;

/**
 * Key rotation of the ledger's personal data, for the shell ({@code proxy:rekey}): re-encrypts and
 * re-indexes the case rows that are not under the current personal-data key.
 */
public interface PersonalDataRekeying {
    /** What a run did. */
    record Rekeyed(String keyId, int rows, int batches, long remaining) {
    }

    /**
     * Re-encrypts the rows not under the current key, {@code batchSize} rows per transaction, until
     * none is left; a run that stops (a crash, a failure) keeps the batches it committed, and the
     * next run continues with the rest.
     */
    Rekeyed rekey(int batchSize, Actor actor);
}
