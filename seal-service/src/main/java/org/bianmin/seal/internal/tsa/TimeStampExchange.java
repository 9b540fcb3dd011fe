package org.bianmin.seal.internal.tsa;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * One request to a time-stamp authority and the check of its answer (RFC 3161 §2.4): the request
 * carries an SM3 imprint, a fresh 64-bit nonce and certReq; the token is taken from the response only
 * when the status is granted, the nonce is the one sent and the token validates with the TSA
 * certificate over the imprint asked for ({@link TimeStampTokenValidator}).
 */
final class TimeStampExchange {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] imprint;
    private final TimeStampRequest request;

    private TimeStampExchange(byte[] imprint, TimeStampRequest request) {
        this.imprint = imprint;
        this.request = request;
    }

    /**
     * An exchange for an SM3 imprint.
     *
     * @param policy the TSA policy to ask for, or {@code null} for the TSA's own
     */
    static TimeStampExchange forSm3(byte[] sm3Imprint, ASN1ObjectIdentifier policy) {
        byte[] imprint = Checks.bytes(sm3Imprint, "SM3 imprint");
        if (imprint.length != 32) {
            throw BianminException.invalid("an SM3 imprint has 32 bytes, not " + imprint.length);
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (policy != null) {
            generator.setReqPolicy(policy);
        }
        return new TimeStampExchange(imprint.clone(),
                generator.generate(GMObjectIdentifiers.sm3, imprint, new BigInteger(64, RANDOM)));
    }

    /** The DER {@code TimeStampReq} to send. */
    byte[] request() {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("a generated time-stamp request cannot be encoded", e);
        }
    }

    /**
     * The DER token of the TSA's DER {@code TimeStampResp}, after every check; fails with
     * {@code TIMESTAMP_UNAVAILABLE} (not a response), {@code TIMESTAMP_REFUSED} (not granted) or
     * {@code TIMESTAMP_INVALID} (no token, wrong nonce, token invalid).
     */
    byte[] token(byte[] response, X509CertificateHolder tsa) {
        TimeStampResponse parsed;
        try {
            parsed = new TimeStampResponse(Checks.bytes(response, "time-stamp response"));
        } catch (TSPException | IOException | RuntimeException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE,
                    "the TSA did not answer with an RFC 3161 TimeStampResp: " + e.getMessage(), e);
        }
        int status = parsed.getStatus();
        if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
            PKIFailureInfo failure = parsed.getFailInfo();
            throw new BianminException(ErrorCode.TIMESTAMP_REFUSED, "the TSA refused the request: status " + status
                    + ", failInfo " + (failure == null ? "none" : failure.intValue())
                    + (parsed.getStatusString() == null ? "" : " (" + parsed.getStatusString() + ")"));
        }
        TimeStampToken token = parsed.getTimeStampToken();
        if (token == null) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID, "the TSA granted the request but sent no token");
        }
        BigInteger nonce = token.getTimeStampInfo().getNonce();
        if (!request.getNonce().equals(nonce)) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID, "the TSA's token carries nonce " + nonce
                    + ", not the request's " + request.getNonce() + ": it answers another request");
        }
        TimeStampTokenValidator.validate(token, GMObjectIdentifiers.sm3, imprint, tsa);
        try {
            return token.getEncoded();
        } catch (IOException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID, "the TSA's token cannot be encoded", e);
        }
    }
}
