package org.bianmin.seal.internal.keys;

import java.io.IOException;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;

/**
 * The request (PKCS #10, RFC 2986) that carries the issuing CA's public key from the registry's key
 * store to the offline root, signed (SM3withSM2) by the issuing key itself so that the root signs
 * only for a key its holder has (proof of possession).
 *
 * @param subject   the issuing CA's name
 * @param publicKey its SubjectPublicKeyInfo, DER
 */
public record IssuingCaRequest(X500Name subject, byte[] publicKey) {
    public IssuingCaRequest {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** A request (DER) for the key under {@code alias} in {@code keyStore}, named {@code subject}. */
    public static byte[] create(SealKeyStore keyStore, String alias, X500Name subject) {
        PKCS10CertificationRequestBuilder builder = new PKCS10CertificationRequestBuilder(subject,
                SubjectPublicKeyInfo.getInstance(keyStore.publicKey(alias)));
        try {
            return builder.build(new KeyStoreContentSigner(keyStore, alias)).getEncoded();
        } catch (IOException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot encode the request: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Reads a request (DER) and checks its SM3withSM2 signature with the key it carries; fails with
     * {@link ErrorCode#INVALID_ARGUMENT} when it is not a request or the signature does not verify.
     */
    public static IssuingCaRequest read(byte[] der) {
        PKCS10CertificationRequest request;
        byte[] publicKey;
        try {
            request = new PKCS10CertificationRequest(der);
            publicKey = request.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER);
        } catch (IOException | RuntimeException e) {
            throw BianminException.invalid("not a PKCS #10 certification request: " + e.getMessage());
        }
        if (!Sm2.SM3_WITH_SM2.equals(request.getSignatureAlgorithm().getAlgorithm())) {
            throw BianminException.invalid("the request is signed with " + request.getSignatureAlgorithm()
                    .getAlgorithm() + ", not SM3withSM2 (" + Sm2.SM3_WITH_SM2 + ")");
        }
        SM2Signer verifier = new SM2Signer();
        verifier.init(false, Sm2.publicKey(publicKey));
        try {
            byte[] info = request.toASN1Structure().getCertificationRequestInfo().getEncoded(ASN1Encoding.DER);
            verifier.update(info, 0, info.length);
        } catch (IOException e) {
            throw BianminException.invalid("the request cannot be encoded: " + e.getMessage());
        }
        if (!verifier.verifySignature(request.getSignature())) {
            throw BianminException.invalid("the request's signature does not verify with the key it carries: it was"
                    + " altered, or not made by 'root-ca request'");
        }
        return new IssuingCaRequest(request.getSubject(), publicKey);
    }
}
