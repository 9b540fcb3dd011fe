package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.List;

/**
 * Facts about the RFC 4998 evidence record handed in for a signature: one {@link Stamp} per archive
 * time-stamp of its chain, oldest first.
 *
 * @param problem why the record cannot be judged (several chains: hash-tree renewal), or null
 * @param stamps  the archive time-stamps, oldest first
 */
public record EvidenceFacts(String problem, List<Stamp> stamps) {
    public EvidenceFacts {
        stamps = List.copyOf(stamps);
    }

    /** The proof of existence the record offers: its first archive time-stamp's genTime. */
    public Instant proofOfExistence() {
        return stamps.isEmpty() ? null : stamps.get(0).genTime();
    }

    /**
     * One archive time-stamp (RFC 4998 §4.1 {@code ArchiveTimeStamp}).
     *
     * @param covers          whether its first hash-tree node (or, without a tree, its imprint) holds what it must
     *                        cover: the signature's SM3 hash for the first, the hash of the previous archive
     *                        time-stamp's {@code timeStamp} for a renewal (§4.3 step 2, §5.2)
     * @param rootMatches     whether its reduced hash tree leads to the time-stamp's message imprint (§4.3 step 3)
     * @param tokenValid      whether the TSA's signature on the time-stamp verifies
     * @param roleProblem     why the certificate that verifies it may not act as a TSA, or null
     * @param genTime         the time it attests, null when unreadable
     * @param tsa             the TSA certificate, null when none verifies it
     * @param tsaChain        the TSA's certification path, null without a certificate
     * @param problem         why it cannot be read, or null
     */
    public record Stamp(boolean covers, boolean rootMatches, boolean tokenValid, String roleProblem, Instant genTime,
            CertificateFacts tsa, ChainFacts tsaChain, String problem) {
    }
}
