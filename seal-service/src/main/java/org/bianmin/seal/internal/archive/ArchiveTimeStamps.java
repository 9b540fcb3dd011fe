package org.bianmin.seal.internal.archive;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.tsp.ArchiveTimeStamp;
import org.bouncycastle.asn1.tsp.EvidenceRecord;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.ers.ERSArchiveTimeStamp;
import org.bouncycastle.tsp.ers.ERSArchiveTimeStampGenerator;
import org.bouncycastle.tsp.ers.ERSData;
import org.bouncycastle.tsp.ers.ERSException;

/**
 * Makes and renews RFC 4998 evidence records with Bouncy Castle's {@code org.bouncycastle.tsp.ers}, hashing
 * with SM3 (GB/T 32905; BC's ERS takes any digest its calculator provider knows):
 * <ul>
 * <li>{@link #cover}: one hash tree (§4.2) over data objects that are already SM3 hashes — the signature
 * hashes of the use register, so a verifier holding a signature recomputes its leaf — its root
 * time-stamped once through the {@link TimeStampSource}, and per object an {@code EvidenceRecord} whose
 * single {@code ArchiveTimeStamp} carries that object's reduced hash tree (§4.3);</li>
 * <li>{@link #renew}: time-stamp renewal (§5.2): a new {@code ArchiveTimeStamp}, without a hash tree, whose
 * time-stamp's imprint is the SM3 hash of the previous {@code ArchiveTimeStamp}'s {@code timeStamp} field,
 * appended to the same {@code ArchiveTimeStampChain}.</li>
 * </ul>
 * Hash-tree renewal (§5.2, a new chain when SM3 weakens) is not made here: it needs the signatures
 * themselves, which the register does not keep.
 */
public final class ArchiveTimeStamps {
    /** SM3 as the archive time-stamps name it. */
    static final AlgorithmIdentifier SM3 = new AlgorithmIdentifier(GMObjectIdentifiers.sm3);

    private static final DigestCalculatorProvider DIGESTS = new BcDigestCalculatorProvider();

    private ArchiveTimeStamps() {
    }

    /** An evidence record or archive time-stamp made: its DER, its archive time-stamp's genTime and its TSA certificate's expiry. */
    public record Made(byte[] der, Instant genTime, Instant tsaNotAfter) {
    }

    /**
     * The evidence records of {@code sm3Hashes} (32 bytes each), in their order, all under one archive
     * time-stamp that {@code source} makes over the tree's root.
     */
    public static List<Made> cover(List<byte[]> sm3Hashes, TimeStampSource source) {
        List<Made> made = new ArrayList<>(sm3Hashes.size());
        for (Made stamp : stamp(sm3Hashes, source)) {
            EvidenceRecord record = new EvidenceRecord(null, null, ArchiveTimeStamp.getInstance(stamp.der()));
            made.add(new Made(encoded(record), stamp.genTime(), stamp.tsaNotAfter()));
        }
        return made;
    }

    /**
     * Renews evidence records (DER) with one archive time-stamp over their last ones (§5.2): a hash
     * tree over the distinct SM3 hashes of their last {@code timeStamp} fields (records of one batch
     * share theirs), each record extended in its chain by the archive time-stamp that leads from its
     * own previous time-stamp to the new root.
     */
    public static List<Made> renew(List<byte[]> evidenceRecords, TimeStampSource source) {
        List<EvidenceRecord> records = new ArrayList<>(evidenceRecords.size());
        java.util.Map<String, Integer> leaves = new java.util.LinkedHashMap<>();
        List<byte[]> hashes = new ArrayList<>();
        List<Integer> leafOf = new ArrayList<>();
        for (byte[] der : evidenceRecords) {
            EvidenceRecord record;
            byte[] previous;
            try {
                record = EvidenceRecord.getInstance(der);
                previous = lastOf(record).getTimeStamp().getEncoded(ASN1Encoding.DER);
            } catch (IOException | IllegalArgumentException e) {
                throw new BianminException(ErrorCode.STORAGE_FAILURE,
                        "a stored evidence record cannot be read: " + e.getMessage(), e);
            }
            records.add(record);
            byte[] hash = digest(SM3, previous);
            leafOf.add(leaves.computeIfAbsent(org.bouncycastle.util.encoders.Hex.toHexString(hash), h -> {
                hashes.add(hash);
                return hashes.size() - 1;
            }));
        }
        List<Made> stamps = stamp(hashes, source);
        List<Made> renewed = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Made stamp = stamps.get(leafOf.get(i));
            EvidenceRecord record = records.get(i).addArchiveTimeStamp(ArchiveTimeStamp.getInstance(stamp.der()),
                    false);
            renewed.add(new Made(encoded(record), stamp.genTime(), stamp.tsaNotAfter()));
        }
        return renewed;
    }

    /**
     * One {@code ArchiveTimeStamp} (DER) per hash, in their order: a hash tree over them, its root
     * time-stamped by {@code source}, each with its reduced hash tree (none when there is one hash).
     */
    private static List<Made> stamp(List<byte[]> sm3Hashes, TimeStampSource source) {
        if (sm3Hashes.isEmpty()) {
            return List.of();
        }
        try {
            byte[] root = generator(digest(SM3), sm3Hashes).generateTimeStampRequest(new TimeStampRequestGenerator())
                    .getMessageImprintDigest();
            TimeStampToken token = token(source.timeStamp(root));
            // the tree is built again with the algorithm identifier the TSA wrote (parameters absent or NULL)
            DigestCalculator digest = digest(token.getTimeStampInfo().getHashAlgorithm());
            Instant genTime = token.getTimeStampInfo().getGenTime().toInstant();
            Instant notAfter = notAfter(token);
            List<Made> made = new ArrayList<>(sm3Hashes.size());
            for (ERSArchiveTimeStamp stamp : generator(digest, sm3Hashes).generateArchiveTimeStamps(granted(token))) {
                made.add(new Made(stamp.getEncoded(), genTime, notAfter));
            }
            return made;
        } catch (TSPException | ERSException | IOException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID,
                    "the archive time-stamp does not fit the hash tree: " + e.getMessage(), e);
        }
    }

    private static byte[] encoded(EvidenceRecord record) {
        try {
            return record.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last archive time-stamp of the record's last chain. */
    static ArchiveTimeStamp lastOf(EvidenceRecord record) {
        var chains = record.getArchiveTimeStampSequence().getArchiveTimeStampChains();
        ArchiveTimeStamp[] stamps = chains[chains.length - 1].getArchiveTimestamps();
        return stamps[stamps.length - 1];
    }

    private static ERSArchiveTimeStampGenerator generator(DigestCalculator digest, List<byte[]> hashes) {
        ERSArchiveTimeStampGenerator generator = new ERSArchiveTimeStampGenerator(digest);
        for (byte[] hash : hashes) {
            generator.addData(new HashedData(hash));
        }
        return generator;
    }

    private static TimeStampToken token(byte[] der) {
        try {
            return new TimeStampToken(new CMSSignedData(der));
        } catch (Exception e) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID,
                    "the time-stamp source answered something that is not a time-stamp token: " + e.getMessage(), e);
        }
    }

    /** The token as the granted response the ERS generator takes (the source already checked it). */
    private static TimeStampResponse granted(TimeStampToken token) throws TSPException, IOException {
        return new TimeStampResponse(new TimeStampResp(new PKIStatusInfo(PKIStatus.granted),
                token.toCMSSignedData().toASN1Structure()));
    }

    private static Instant notAfter(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        java.util.Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
        if (signers.isEmpty()) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID, "the archive time-stamp does not carry its"
                    + " TSA certificate, so its renewal cannot be planned; have the TSA include it (certReq)");
        }
        return signers.iterator().next().getNotAfter().toInstant();
    }

    static DigestCalculator digest(AlgorithmIdentifier algorithm) {
        try {
            return DIGESTS.get(algorithm);
        } catch (OperatorCreationException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID, "the archive time-stamp's hash algorithm "
                    + algorithm.getAlgorithm() + " is not available: " + e.getMessage(), e);
        }
    }

    static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) {
        DigestCalculator calculator = digest(algorithm);
        try (var out = calculator.getOutputStream()) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return calculator.getDigest();
    }

    /**
     * A data object given by its hash (RFC 4998 §4.2 step 1 with the hash already taken): the SM3 hash
     * of a signature as the use register keeps it. It takes part in a first hash tree only (no previous
     * chains hash).
     */
    private record HashedData(byte[] hash) implements ERSData {
        @Override
        public byte[] getHash(DigestCalculator digestCalculator, byte[] previousChainsHash) {
            if (previousChainsHash != null) {
                throw new IllegalStateException("hash-tree renewal needs the data itself, not its hash");
            }
            return hash.clone();
        }
    }
}
