package org.bianmin.seal.internal.verify;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.tsa.TimeStampTokenValidator;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.TimestampFacts;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Facts about the RFC 3161 timestamp token of a GB/T 38540 signature (§6.1 {@code timeStamp}):
 * its message imprint must be the hash of the signature value (RFC 3161 §2.4.2), its signature
 * must verify with the TSA certificate carried in it, that certificate must be the one the token
 * names (ESSCertID) with the time-stamping key purpose ({@link TimeStampTokenValidator#judge}, the
 * same judgement the registry's TSA clients make), and it must chain to a trust anchor.
 */
final class Timestamps {
    private Timestamps() {
    }

    static TimestampFacts facts(byte[] token, byte[] signatureValue, VerificationCache cache, TrustStore trust) {
        TimeStampToken tst;
        try {
            if (token.length > 1024 * 1024) {
                return new TimestampFacts("the timestamp token is larger than 1 MiB", false, false, null, null, null, null);
            }
            int end = org.bianmin.seal.internal.format.DerScanner.scanBer(token, 0).end();
            tst = new TimeStampToken(new CMSSignedData(java.util.Arrays.copyOf(token, end)));
        } catch (Exception e) {
            return new TimestampFacts("not an RFC 3161 timestamp token: " + e.getMessage(), false, false, null, null,
                    null, null);
        }
        String imprintAlgorithm = tst.getTimeStampInfo().getMessageImprintAlgOID().getId();
        byte[] expected = digest(imprintAlgorithm, signatureValue);
        boolean imprint = expected != null && Arrays.equals(expected, tst.getTimeStampInfo().getMessageImprintDigest());
        Signer signer = signer(tst, cache, trust);
        ParsedCertificate tsa = signer.certificate();
        boolean valid = signer.signatureValid();
        String role = signer.roleProblem();
        ChainFacts chain = tsa == null ? null : cache.chain(trust, tsa, List.of());
        return new TimestampFacts(tsa == null ? "the token carries no TSA certificate and no trust anchor verifies it"
                : null, imprint, valid, role, tst.getTimeStampInfo().getGenTime().toInstant(),
                tsa == null ? null : tsa.facts(), chain);
    }

    /**
     * The TSA certificate that signed a token (RFC 3161 §2.4.2).
     *
     * @param certificate    the certificate, null when none is found
     * @param signatureValid whether it verifies the token's signature
     * @param roleProblem    why it may not act as the token's TSA, or null
     */
    record Signer(ParsedCertificate certificate, boolean signatureValid, String roleProblem) {
    }

    /**
     * The certificate that verifies {@code tst}: among those the token carries and the trust anchors (a token
     * may leave its TSA certificate out, certReq false), the first whose signature check passes, else the
     * last tried; judged by {@link TimeStampTokenValidator#judge}.
     */
    static Signer signer(TimeStampToken tst, VerificationCache cache, TrustStore trust) {
        ParsedCertificate tsa = null;
        boolean valid = false;
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> carried = tst.getCertificates().getMatches(null);
        List<ParsedCertificate> candidates = new java.util.ArrayList<>();
        for (X509CertificateHolder holder : carried) {
            try {
                ParsedCertificate parsed = cache.certificate(holder.getEncoded());
                if (parsed != null) {
                    candidates.add(parsed);
                }
            } catch (java.io.IOException e) {
                // not a certificate: skipped
            }
        }
        candidates.addAll(trust.anchors());
        String role = null;
        for (ParsedCertificate candidate : candidates) {
            TimeStampTokenValidator.Judgement judgement = TimeStampTokenValidator.judge(tst, candidate.holder());
            if (tsa == null || judgement.signatureValid()) {
                tsa = candidate;
                valid = judgement.signatureValid();
                role = judgement.roleProblem();
            }
            if (valid) {
                break;
            }
        }
        return new Signer(tsa, valid, valid ? role : null);
    }

    static byte[] digest(String oid, byte[] data) {
        if (SealFormat.SM3.equals(oid)) {
            return SmCrypto.sm3(data);
        }
        try {
            return MessageDigest.getInstance(oid, Providers.BC).digest(data);
        } catch (Exception e) {
            return null;
        }
    }
}
