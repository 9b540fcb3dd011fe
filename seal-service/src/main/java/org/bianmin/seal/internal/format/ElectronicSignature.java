package org.bianmin.seal.internal.format;

import java.time.Instant;

/**
 * An electronic signature (电子签章) of either generation: GB/T 38540-2020 {@link SESSignature}
 * or GM/T 0031-2014 {@link SESSignatureV1}. What verification needs, without caring which.
 */
public interface ElectronicSignature {
    /** 4 for GB/T 38540, 1 for GM/T 0031. */
    int getFormatVersion();

    /** The TBS_Sign the signature is over. */
    ToBeSigned getToSign();

    /** The seal the signature was made with, as embedded in TBS_Sign. */
    default ElectronicSeal getSeal() {
        return getToSign().getEseal();
    }

    /** The signer's claimed signing time, or null when the field cannot be read as a time. */
    Instant getTimeInfo();

    /** The hash of the protected data (SM3, 32 bytes). */
    default byte[] getDataHash() {
        return getToSign().getDataHash();
    }

    /** What the signature protects (e.g. the path of an OFD Signature.xml). */
    default String getPropertyInfo() {
        return getToSign().getPropertyInfo();
    }

    /** The signer's certificate, DER. */
    byte[] getSignerCertificate();

    /** The signing algorithm, dotted OID. */
    String getSignatureAlgorithm();

    /** The signing signature as written (DER SEQUENCE {r, s} or raw r||s). */
    byte[] getSignatureValue();

    /** The bytes that were signed (TBS_Sign as read). */
    default byte[] getSignedBytes() {
        return getToSign().getSignedEncoding();
    }

    /** The RFC 3161 timestamp token over the signature, or null. */
    byte[] getTimeStamp();

    /** The strict DER of the whole signature. */
    byte[] getDerEncoded();
}
