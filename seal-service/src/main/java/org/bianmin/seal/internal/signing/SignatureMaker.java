package org.bianmin.seal.internal.signing;

import java.time.Instant;
import org.bianmin.core.Checks;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.TBSSign;
import org.bianmin.seal.internal.keys.Sm2;
import org.bianmin.seal.spi.SealKeyStore;

/**
 * Makes a detached GB/T 38540 (v4) SES_Signature (电子签章, §6.2): TBS_Sign (version 4, the seal,
 * the signing time, the SM3 hash of the document, the protected range) signed SM3withSM2 by the
 * seal's key in the key store. No database: the caller decides whether the seal may sign.
 */
public final class SignatureMaker {
    /** The propertyInfo of a detached signature: what it protects is the whole document. */
    public static final String DETACHED = "detached:whole-document";

    private final SealKeyStore keys;

    public SignatureMaker(SealKeyStore keys) {
        this.keys = Checks.required(keys, "key store");
    }

    /**
     * The DER SES_Signature over {@code documentHash}.
     *
     * @param documentHash SM3 of the document (32 bytes)
     * @param at           the signing time written into timeInfo (to the second)
     */
    public byte[] sign(SealSigningContext seal, byte[] documentHash, Instant at) {
        return sign(seal, documentHash, at, DETACHED);
    }

    /**
     * The DER SES_Signature over {@code dataHash}, naming what it protects in propertyInfo (for a
     * signature in an OFD document, the path of its Signature.xml, GB/T 38540-2020 §6.2).
     */
    public byte[] sign(SealSigningContext seal, byte[] dataHash, Instant at, String propertyInfo) {
        return make(seal, dataHash, at, propertyInfo).getDerEncoded();
    }

    /**
     * The SES_Signature over {@code dataHash}, without a time-stamp: the token is over its signature
     * value, so it can only be added afterwards ({@link SignatureTimeStamper}).
     */
    public SESSignature make(SealSigningContext seal, byte[] dataHash, Instant at, String propertyInfo) {
        TBSSign toSign = new TBSSign(seal.seal(), at, dataHash, propertyInfo, null);
        byte[] tbs = toSign.getSignedEncoding();
        byte[] signature = keys.signDigest(seal.keyAlias(), seal.digest(tbs));
        return new SESSignature(toSign, seal.signerCertificate(), Sm2.SM3_WITH_SM2, signature, null);
    }
}
