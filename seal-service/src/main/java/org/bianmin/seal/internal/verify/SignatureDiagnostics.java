package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.List;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.internal.verify.SmCrypto.Sm2Result;

/**
 * Diagnostic data (诊断数据) about one signature or seal: every fact the checks judge, gathered
 * once (structures, certificates, hashes, cryptographic results, registry status, timestamp)
 * and judged afterwards by a pure function of (diagnostic data, policy, validation time), as in
 * the EU's DSS. A null fact means "not applicable or not available", each check says which.
 *
 * @param signatureId        the OFD Signature ID, "detached" or "seal"
 * @param subject            what was examined
 * @param format             e.g. "GB/T 38540-2020 SES_Signature"
 * @param formatErrors       every structural problem found (empty when well-formed)
 * @param formatNotes        tolerated vendor quirks (raw r||s, trailing bytes …)
 * @param claimedSigningTime the signer's timeInfo (a claim, not a proof)
 * @param signatureCrypto    the signing signature's verification, null when not verified
 * @param data               dataHash and OFD references, null when not applicable
 * @param sealCrypto         the seal maker's signature verification, null when not verified
 * @param signerInCertList   whether the signer's certificate is in the seal's certList, null when unknown
 * @param certListType       1 or 2 (0 when unknown)
 * @param seal               the seal's details, null when absent or unreadable
 * @param signer             the signer's certificate, null when absent or unreadable
 * @param signerChain        the signer's certification path, null when no certificate
 * @param maker              the seal maker's certificate, null when absent or unreadable
 * @param makerChain         the maker's certification path, null when no certificate
 * @param makerRole          what the policy's seal-maker rule says of the maker, null when no certificate
 * @param registry           the seal's status in this registry
 * @param timestamp          the timestamp token's facts, null when there is none
 * @param certListProblem    why the seal's certList cannot settle whether the signer is listed (entries
 *                           that are not certificates, and the signer among none of the readable ones), or null
 * @param signerRevocation   what the CRLs of the signer certificate's issuer say of it, null when not gathered
 * @param makerRevocation    what the CRLs of the maker certificate's issuer say of it, null when not gathered
 * @param evidence           the RFC 4998 evidence record handed in for this signature, null when none covers it
 */
public record SignatureDiagnostics(String signatureId, Subject subject, String format, List<String> formatErrors,
        List<String> formatNotes, Instant claimedSigningTime, Sm2Result signatureCrypto, DataFacts data,
        Sm2Result sealCrypto, Boolean signerInCertList, int certListType, SealDetails seal, CertificateFacts signer,
        ChainFacts signerChain, CertificateFacts maker, ChainFacts makerChain, SealMakerRule.Role makerRole,
        RegistryFacts registry, TimestampFacts timestamp, String certListProblem, RevocationFacts signerRevocation,
        RevocationFacts makerRevocation, EvidenceFacts evidence) {
    public SignatureDiagnostics {
        formatErrors = List.copyOf(formatErrors);
        formatNotes = List.copyOf(formatNotes);
    }

    /** Diagnostic data without an evidence record. */
    public SignatureDiagnostics(String signatureId, Subject subject, String format, List<String> formatErrors,
            List<String> formatNotes, Instant claimedSigningTime, Sm2Result signatureCrypto, DataFacts data,
            Sm2Result sealCrypto, Boolean signerInCertList, int certListType, SealDetails seal, CertificateFacts signer,
            ChainFacts signerChain, CertificateFacts maker, ChainFacts makerChain, SealMakerRule.Role makerRole,
            RegistryFacts registry, TimestampFacts timestamp, String certListProblem, RevocationFacts signerRevocation,
            RevocationFacts makerRevocation) {
        this(signatureId, subject, format, formatErrors, formatNotes, claimedSigningTime, signatureCrypto, data,
                sealCrypto, signerInCertList, certListType, seal, signer, signerChain, maker, makerChain, makerRole,
                registry, timestamp, certListProblem, signerRevocation, makerRevocation, null);
    }

    /** The same facts with more format problems (found by the container around the signature). */
    public SignatureDiagnostics withFormatErrors(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(formatErrors);
        return new SignatureDiagnostics(signatureId, subject, format, all, formatNotes, claimedSigningTime,
                signatureCrypto, data, sealCrypto, signerInCertList, certListType, seal, signer, signerChain, maker,
                makerChain, makerRole, registry, timestamp, certListProblem, signerRevocation, makerRevocation,
                evidence);
    }

    /** The same facts with what the revocation lists say of the signer's and the maker's certificates. */
    public SignatureDiagnostics withRevocation(RevocationFacts signer, RevocationFacts maker) {
        return new SignatureDiagnostics(signatureId, subject, format, formatErrors, formatNotes, claimedSigningTime,
                signatureCrypto, data, sealCrypto, signerInCertList, certListType, seal, this.signer, signerChain,
                this.maker, makerChain, makerRole, registry, timestamp, certListProblem, signer, maker, evidence);
    }

    /** The same facts with the evidence record handed in for this signature (null: none covers it). */
    public SignatureDiagnostics withEvidence(EvidenceFacts facts) {
        return new SignatureDiagnostics(signatureId, subject, format, formatErrors, formatNotes, claimedSigningTime,
                signatureCrypto, data, sealCrypto, signerInCertList, certListType, seal, signer, signerChain, maker,
                makerChain, makerRole, registry, timestamp, certListProblem, signerRevocation, makerRevocation, facts);
    }

    /** What a diagnostic record is about. */
    public enum Subject {
        /** A GB/T 38540 or GM/T 0031 SES_Signature. */
        SES_SIGNATURE,
        /** A GB/T 35275 SignedData (OFD Type="Sign"). */
        SIGNED_DATA,
        /** A standalone seal. */
        SEAL
    }

    /**
     * The data a signature protects.
     *
     * @param target     what dataHash covers ("the document", or the path of Signature.xml)
     * @param claimed    the dataHash in the signature
     * @param computed   SM3 of the target, null when the target is missing
     * @param references OFD references (empty for a detached signature)
     * @param coverage   which parts a viewer draws that no Reference covers; null for a detached signature
     */
    public record DataFacts(String target, byte[] claimed, byte[] computed, List<ReferenceFacts> references,
            Coverage coverage) {
        public DataFacts {
            references = List.copyOf(references);
        }

        /** Facts of a detached signature: no references, no coverage to judge. */
        public DataFacts(String target, byte[] claimed, byte[] computed) {
            this(target, claimed, computed, List.of(), null);
        }
    }

    /**
     * How far an OFD signature's References reach over what a viewer draws (GB/T 33190-2016 §18.2).
     *
     * @param parts       the number of files a viewer reads to draw the document
     * @param unprotected those no Reference covers, sorted
     * @param annotations the annotation files among them (marks added after signing, typically)
     */
    public record Coverage(int parts, List<String> unprotected, List<String> annotations) {
        public Coverage {
            unprotected = List.copyOf(unprotected);
            annotations = List.copyOf(annotations);
        }
    }

    /**
     * One OFD Reference (GB/T 33190 §18.2): a file of the package and its expected digest.
     *
     * @param path     the FileRef
     * @param method   the CheckMethod as written
     * @param expected the CheckValue (base64) as written
     * @param actual   the digest computed (base64), null when the file is missing
     */
    public record ReferenceFacts(String path, String method, String expected, String actual) {
    }

    /**
     * The seal's status in this registry at the times that matter.
     *
     * @param status           whether the registry knows the seal
     * @param stateAtSigning   the state at the claimed signing time (or at validation time for a seal)
     * @param stateAtValidation the state at the validation time
     * @param recordedUse      when the registry recorded the use that made this signature value (a proof of existence), or null
     * @param problem          why the registry could not answer, or null
     */
    public record RegistryFacts(RegistryStatus status, org.bianmin.seal.SealState stateAtSigning,
            org.bianmin.seal.SealState stateAtValidation, Instant recordedUse, String problem) {
        public static RegistryFacts of(RegistryStatus status) {
            return new RegistryFacts(status, null, null, null, null);
        }
    }

    /** Whether and how the registry knows a seal. */
    public enum RegistryStatus {
        /** No registry service is present. */
        NO_REGISTRY,
        /** The registry has no seal with this esID, and the esID is not of this registry's form: a foreign seal. */
        NOT_REGISTERED,
        /** The esID has this registry's county prefix, but the registry never issued it. */
        NEVER_ISSUED,
        /** The registry made this very seal. */
        REGISTERED,
        /** The registry has a seal with this esID, but a different one. */
        MISMATCH,
        /** The registry failed to answer. */
        UNAVAILABLE
    }

    /**
     * An RFC 3161 timestamp token over the signature (GB/T 38540 §6.1 timeStamp).
     *
     * @param problem        why the token could not be read, or null
     * @param imprintMatches whether its message imprint is the hash of the signature value
     * @param tokenValid     whether the TSA's signature on the token verifies
     * @param roleProblem    why the certificate that verifies the token may not act as its TSA (not the
     *                       certificate its ESSCertID names, or no critical id-kp-timeStamping), or null
     * @param genTime        the time it attests
     * @param tsa            the TSA certificate, null when not found in the token
     * @param tsaChain       the TSA's certification path, null when no certificate
     */
    public record TimestampFacts(String problem, boolean imprintMatches, boolean tokenValid, String roleProblem,
            Instant genTime,
            CertificateFacts tsa, ChainFacts tsaChain) {
    }
}
