package org.bianmin.seal.internal.format;

/**
 * An electronic seal (电子印章) of either generation: GB/T 38540-2020 {@link SESeal} or
 * GM/T 0031-2014 {@link SESealV1}. What verification needs, without caring which.
 */
public interface ElectronicSeal {
    /** 4 for GB/T 38540, 1 for GM/T 0031 (the layout, not only the header field). */
    int getFormatVersion();

    SESSealInfo getSealInfo();

    /** The seal maker's (制章者) certificate, DER. */
    byte[] getMakerCertificate();

    /** The maker's signature algorithm, dotted OID. */
    String getSignatureAlgorithm();

    /** The maker's signature as written (DER SEQUENCE {r, s} or raw r||s). */
    byte[] getMakerSignature();

    /** The bytes the maker signed. */
    byte[] getMakerSignedBytes();

    /** The strict DER of the whole seal. */
    byte[] getDerEncoded();
}
