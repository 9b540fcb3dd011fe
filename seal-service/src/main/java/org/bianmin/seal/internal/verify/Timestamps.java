package org.bianmin.seal.internal.verify;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.TimestampFacts;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Facts about the RFC 3161 timestamp token of a GB/T 38540 signature (§6.1 {@code timeStamp}):
 * its message imprint must be the hash of the signature value (RFC 3161 §2.4.2), its signature
 * must verify with the TSA certificate carried in it, that certificate must be the one the token
 * names (ESSCertID) with the time-stamping key purpose, and it must chain to a trust anchor.
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
        candidates.addAll(trust.anchors()); // a token may leave the TSA certificate out (certReq false)
        String role = null;
        for (ParsedCertificate candidate : candidates) {
            Validation validation = validate(tst, candidate);
            if (tsa == null || validation.signatureValid()) {
                tsa = candidate;
                valid = validation.signatureValid();
                role = validation.roleProblem();
            }
            if (valid) {
                break;
            }
        }
        ChainFacts chain = tsa == null ? null : cache.chain(trust, tsa, List.of());
        return new TimestampFacts(tsa == null ? "the token carries no TSA certificate and no trust anchor verifies it"
                : null, imprint, valid, valid ? role : null, tst.getTimeStampInfo().getGenTime().toInstant(),
                tsa == null ? null : tsa.facts(), chain);
    }

    /** The signature's verification with one candidate certificate, and what is wrong with its role. */
    private record Validation(boolean signatureValid, String roleProblem) {
    }

    /**
     * Validates the token with {@code cert} through Bouncy Castle's {@link TimeStampToken#validate}:
     * the signature, the ESSCertID/ESSCertIDv2 binding of the certificate (RFC 3161 §2.4.1, RFC 5816)
     * and the TSA's key purpose — extendedKeyUsage id-kp-timeStamping alone and critical (RFC 3161
     * §2.3). A certificate outside its validity at genTime is left to the chain judgement
     * (OUT_OF_BOUNDS_NO_POE); its role is still checked.
     */
    private static Validation validate(TimeStampToken tst, ParsedCertificate cert) {
        boolean inValidity = cert.holder().isValidOn(tst.getTimeStampInfo().getGenTime());
        if (inValidity) {
            try {
                tst.validate(verifier(cert));
                return new Validation(true, null);
            } catch (TSPValidationException e) {
                return new Validation(verifies(tst, cert), e.getMessage());
            } catch (Exception e) {
                return new Validation(false, null);
            }
        }
        String role = null;
        try {
            TSPUtil.validateCertificate(cert.holder());
        } catch (TSPValidationException e) {
            role = e.getMessage();
        }
        return new Validation(verifies(tst, cert), role);
    }

    private static SignerInformationVerifier verifier(ParsedCertificate cert) throws OperatorCreationException,
            java.security.cert.CertificateException {
        return new JcaSimpleSignerInfoVerifierBuilder().setProvider(Providers.BC).build(cert.holder());
    }

    /** Whether the token's signature verifies with {@code cert} (RFC 3161 §2.4.2, CMS SignerInfo). */
    private static boolean verifies(TimeStampToken tst, ParsedCertificate cert) {
        try {
            return tst.isSignatureValid(verifier(cert));
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] digest(String oid, byte[] data) {
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
