package org.bianmin.seal.internal.tsa;

import java.security.MessageDigest;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Validates an RFC 3161 time-stamp token against what it must prove and who must have signed it,
 * for a client that just received it and for a verifier that finds it in a signature:
 * <ol>
 *   <li>it is a DER {@code TimeStampToken} (RFC 3161 §2.4.2);</li>
 *   <li>its message imprint has the expected algorithm and value;</li>
 *   <li>the given TSA certificate has the critical extended key usage id-kp-timeStamping alone
 *       (RFC 3161 §2.3; RFC 5280 §4.2.1.12);</li>
 *   <li>that certificate is the one the token's signed attributes name (ESSCertIDv2, RFC 5816 §2.2.1,
 *       or ESSCertID), is valid at genTime, and its key verifies the token's SignerInfo — all three
 *       through Bouncy Castle's {@link TimeStampToken#validate}.</li>
 * </ol>
 * Any failure throws {@code TIMESTAMP_INVALID} with a message that names the step.
 */
public final class TimeStampTokenValidator {
    private TimeStampTokenValidator() {
    }

    /**
     * Validates {@code token} (DER) as a time-stamp over {@code imprint}, hashed with
     * {@code imprintAlgorithm}, signed by the TSA whose certificate is {@code tsaCertificate} (DER).
     */
    public static VerifiedTimeStamp validate(byte[] token, ASN1ObjectIdentifier imprintAlgorithm, byte[] imprint,
            byte[] tsaCertificate) {
        Checks.bytes(token, "time-stamp token");
        Checks.required(imprintAlgorithm, "imprint algorithm");
        Checks.bytes(imprint, "message imprint");
        return validate(parse(token), imprintAlgorithm, imprint,
                TimeStampTokens.certificate(Checks.bytes(tsaCertificate, "TSA certificate")));
    }

    static VerifiedTimeStamp validate(TimeStampToken token, ASN1ObjectIdentifier imprintAlgorithm, byte[] imprint,
            X509CertificateHolder tsa) {
        VerifiedTimeStamp facts = imprinted(token, imprintAlgorithm, imprint);
        TimeStampTokens.requireTimeStampingPurpose(tsa, ErrorCode.TIMESTAMP_INVALID);
        if (!tsa.isValidOn(token.getTimeStampInfo().getGenTime())) {
            throw invalid("the TSA certificate " + tsa.getSubject() + " is not valid at its genTime "
                    + facts.genTime());
        }
        Judgement judgement = judge(token, tsa);
        if (!judgement.signatureValid()) {
            throw invalid("it is not signed by the TSA certificate " + tsa.getSubject());
        }
        if (judgement.roleProblem() != null) {
            throw invalid("the TSA certificate " + tsa.getSubject() + " is not the one it names: "
                    + judgement.roleProblem());
        }
        return facts;
    }

    /**
     * The token's signature and binding judged against one candidate TSA certificate, without
     * throwing, for a verifier that reports each step on its own.
     *
     * @param signatureValid whether the certificate's key verifies the token's SignerInfo (RFC 3161 §2.4.2)
     * @param roleProblem    why the certificate may not act as this token's TSA — not the one its
     *                       ESSCertID/ESSCertIDv2 names (RFC 5816 §2.2.1), or without the critical
     *                       id-kp-timeStamping purpose alone (RFC 3161 §2.3) — or null
     */
    public record Judgement(boolean signatureValid, String roleProblem) {
    }

    /**
     * Judges {@code token} against {@code tsa} through Bouncy Castle's {@link TimeStampToken#validate}
     * (signature, ESSCertID binding, key purpose). A certificate outside its validity at genTime is
     * left to the caller's chain judgement; its role and signature are still judged.
     */
    public static Judgement judge(TimeStampToken token, X509CertificateHolder tsa) {
        if (tsa.isValidOn(token.getTimeStampInfo().getGenTime())) {
            try {
                token.validate(TimeStampTokens.verifier(tsa));
                return new Judgement(true, null);
            } catch (TSPValidationException e) {
                return new Judgement(verifies(token, tsa), e.getMessage());
            } catch (TSPException | RuntimeException e) {
                return new Judgement(false, null);
            }
        }
        String role = null;
        try {
            TSPUtil.validateCertificate(tsa);
        } catch (TSPValidationException e) {
            role = e.getMessage();
        }
        return new Judgement(verifies(token, tsa), role);
    }

    /** Whether {@code tsa}'s key verifies the token's signature (RFC 3161 §2.4.2, CMS SignerInfo). */
    private static boolean verifies(TimeStampToken token, X509CertificateHolder tsa) {
        try {
            return token.isSignatureValid(TimeStampTokens.verifier(tsa));
        } catch (TSPException | RuntimeException e) {
            return false;
        }
    }

    /**
     * What a token that a {@link org.bianmin.seal.spi.TimeStampSource} returned says, once its imprint
     * is checked to be the one asked for (steps 1 and 2 above): the source has checked the rest
     * against the TSA certificate it is configured with.
     */
    public static VerifiedTimeStamp imprinted(byte[] token, ASN1ObjectIdentifier imprintAlgorithm, byte[] imprint) {
        Checks.bytes(token, "time-stamp token");
        return imprinted(parse(token), Checks.required(imprintAlgorithm, "imprint algorithm"),
                Checks.bytes(imprint, "message imprint"));
    }

    private static VerifiedTimeStamp imprinted(TimeStampToken token, ASN1ObjectIdentifier imprintAlgorithm,
            byte[] imprint) {
        TimeStampTokenInfo info = token.getTimeStampInfo();
        if (!imprintAlgorithm.equals(info.getMessageImprintAlgOID())) {
            throw invalid("its message imprint is hashed with " + info.getMessageImprintAlgOID() + ", not "
                    + imprintAlgorithm);
        }
        if (!MessageDigest.isEqual(imprint, info.getMessageImprintDigest())) {
            throw invalid("its message imprint is not the hash of the data it should time-stamp");
        }
        return new VerifiedTimeStamp(info.getGenTime().toInstant(), info.getSerialNumber(), info.getPolicy().getId(),
                info.getNonce());
    }

    /** The token in {@code der}; fails with {@code TIMESTAMP_INVALID}. */
    static TimeStampToken parse(byte[] der) {
        try {
            return new TimeStampToken(new CMSSignedData(der));
        } catch (Exception e) {
            throw invalid("it is not a DER TimeStampToken (RFC 3161 section 2.4.2): " + e.getMessage());
        }
    }

    private static BianminException invalid(String why) {
        return new BianminException(ErrorCode.TIMESTAMP_INVALID, "the time-stamp token does not check out: " + why);
    }
}
