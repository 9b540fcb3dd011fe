package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.tsp.ArchiveTimeStamp;
import org.bouncycastle.asn1.tsp.ArchiveTimeStampChain;
import org.bouncycastle.asn1.tsp.EvidenceRecord;
import org.bouncycastle.asn1.tsp.PartialHashtree;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Gathers {@link EvidenceFacts} (RFC 4998) for one signature from the evidence records a policy hands in:
 * the record whose first archive time-stamp's first hash-tree node holds the signature's SM3 hash (§4.3
 * step 2) is this signature's; records of other signatures, and records that cannot be read, are not.
 * The root of each reduced hash tree is recovered as §4.3 step 3 says — the hash of the sorted
 * concatenation of a node's values, that hash a member of the next node (added when the node leaves it
 * out, as Bouncy Castle's generator does) — in the hash algorithm the archive time-stamp names.
 */
final class EvidenceRecordCollector {
    /** More is not an evidence record of the register: it bounds the work per verification. */
    static final int MAX_RECORD_BYTES = 1024 * 1024;

    private EvidenceRecordCollector() {
    }

    /** The facts of the record covering {@code signatureSm3}, null when no record given covers it. */
    static EvidenceFacts facts(List<byte[]> records, byte[] signatureSm3, VerificationCache cache, TrustStore trust) {
        for (byte[] der : records) {
            EvidenceRecord record = parse(der);
            if (record == null) {
                continue;
            }
            ArchiveTimeStampChain[] chains = record.getArchiveTimeStampSequence().getArchiveTimeStampChains();
            ArchiveTimeStamp first = chains[0].getArchiveTimestamps()[0];
            if (!holds(first, signatureSm3)) {
                continue;
            }
            if (chains.length > 1) {
                return new EvidenceFacts("the record has " + chains.length + " archive time-stamp chains (hash-tree"
                        + " renewal, RFC 4998 §5.2), which this verifier does not judge", List.of());
            }
            return new EvidenceFacts(null, stamps(chains[0].getArchiveTimestamps(), signatureSm3, cache, trust));
        }
        return null;
    }

    private static List<EvidenceFacts.Stamp> stamps(ArchiveTimeStamp[] chain, byte[] signatureSm3,
            VerificationCache cache, TrustStore trust) {
        List<EvidenceFacts.Stamp> stamps = new ArrayList<>(chain.length);
        byte[] covered = signatureSm3;
        for (int i = 0; i < chain.length; i++) {
            ArchiveTimeStamp stamp = chain[i];
            TimeStampToken token;
            try {
                token = new TimeStampToken(stamp.getTimeStamp());
            } catch (Exception e) {
                stamps.add(new EvidenceFacts.Stamp(false, false, false, null, null, null, null,
                        "archive time-stamp " + (i + 1) + " is not an RFC 3161 time-stamp token: " + e.getMessage()));
                return stamps;
            }
            String algorithm = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
            byte[] root = root(stamp, covered, algorithm);
            boolean covers = holds(stamp, covered);
            boolean rootMatches = root != null && Arrays.equals(root, token.getTimeStampInfo().getMessageImprintDigest());
            Timestamps.Signer signer = Timestamps.signer(token, cache, trust);
            ParsedCertificate tsa = signer.certificate();
            stamps.add(new EvidenceFacts.Stamp(covers, rootMatches, signer.signatureValid(), signer.roleProblem(),
                    token.getTimeStampInfo().getGenTime().toInstant(), tsa == null ? null : tsa.facts(),
                    tsa == null ? null : cache.chain(trust, tsa, List.of()), null));
            try {
                covered = Timestamps.digest(algorithm, stamp.getTimeStamp().getEncoded(ASN1Encoding.DER));
            } catch (IOException e) {
                covered = null;
            }
            if (covered == null) {
                return stamps;
            }
        }
        return stamps;
    }

    /** Whether the first node of the stamp's reduced hash tree, or without one its imprint, holds {@code hash}. */
    private static boolean holds(ArchiveTimeStamp stamp, byte[] hash) {
        PartialHashtree[] tree = stamp.getReducedHashTree();
        if (tree == null || tree.length == 0) {
            try {
                return Arrays.equals(hash, new TimeStampToken(stamp.getTimeStamp()).getTimeStampInfo()
                        .getMessageImprintDigest());
            } catch (Exception e) {
                return false;
            }
        }
        return tree[0].containsHash(hash);
    }

    /** The root the stamp's reduced hash tree leads to from {@code leaf} (§4.3), or null without the algorithm. */
    private static byte[] root(ArchiveTimeStamp stamp, byte[] leaf, String imprintAlgorithm) {
        PartialHashtree[] tree = stamp.getReducedHashTree();
        if (tree == null || tree.length == 0) {
            return leaf;
        }
        String algorithm = stamp.getDigestAlgorithmIdentifier() == null ? imprintAlgorithm
                : stamp.getDigestAlgorithmIdentifier().getAlgorithm().getId();
        byte[][] first = tree[0].getValues();
        byte[] current = first.length == 1 ? first[0] : Timestamps.digest(algorithm, sorted(first, null));
        for (int i = 1; i < tree.length && current != null; i++) {
            byte[][] values = tree[i].getValues();
            current = Timestamps.digest(algorithm, sorted(values, tree[i].containsHash(current) ? null : current));
        }
        return current;
    }

    /** The values, and {@code extra} when not null, in ascending binary order, concatenated (§4.2 step 4). */
    private static byte[] sorted(byte[][] values, byte[] extra) {
        List<byte[]> all = new ArrayList<>(Arrays.asList(values));
        if (extra != null) {
            all.add(extra);
        }
        all.sort(Arrays::compareUnsigned);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        all.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static EvidenceRecord parse(byte[] der) {
        if (der == null || der.length > MAX_RECORD_BYTES) {
            return null;
        }
        try {
            EvidenceRecord record = EvidenceRecord.getInstance(der);
            ArchiveTimeStampChain[] chains = record.getArchiveTimeStampSequence().getArchiveTimeStampChains();
            return chains.length == 0 || chains[0].getArchiveTimestamps().length == 0 ? null : record;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
