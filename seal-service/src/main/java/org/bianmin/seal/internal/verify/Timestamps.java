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
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Facts about the RFC 3161 timestamp token of a GB/T 38540 signature (§6.1 {@code timeStamp}):
 * its message imprint must be the hash of the signature value (RFC 3161 §2.4.2), its signature
 * must verify with the TSA certificate carried in it, and that certificate must chain to a
 * trust anchor.
 */
final class Timestamps {
    private Timestamps() {
    }

    static TimestampFacts facts(byte[] token, byte[] signatureValue, VerificationCache cache, TrustStore trust) {
        TimeStampToken tst;
        try {
            if (token.length > 1024 * 1024) {
                return new TimestampFacts("the timestamp token is larger than 1 MiB", false, false, null, null, null);
            }
            tst = new TimeStampToken(new CMSSignedData(token));
        } catch (Exception e) {
            return new TimestampFacts("not an RFC 3161 timestamp token: " + e.getMessage(), false, false, null, null,
                    null);
        }
        String imprintAlgorithm = tst.getTimeStampInfo().getMessageImprintAlgOID().getId();
        byte[] expected = digest(imprintAlgorithm, signatureValue);
        boolean imprint = expected != null && Arrays.equals(expected, tst.getTimeStampInfo().getMessageImprintDigest());
        ParsedCertificate tsa = null;
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = tst.getCertificates().getMatches(tst.getSID());
        if (!certs.isEmpty()) {
            try {
                tsa = cache.certificate(certs.iterator().next().getEncoded());
            } catch (java.io.IOException e) {
                tsa = null;
            }
        }
        boolean valid = false;
        if (tsa != null) {
            try {
                valid = tst.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Providers.BC)
                        .build(tsa.holder()));
            } catch (Exception e) {
                valid = false;
            }
        }
        ChainFacts chain = tsa == null ? null : cache.chain(trust, tsa, List.of());
        return new TimestampFacts(tsa == null ? "the token carries no TSA certificate" : null, imprint, valid,
                tst.getTimeStampInfo().getGenTime().toInstant(), tsa == null ? null : tsa.facts(), chain);
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
