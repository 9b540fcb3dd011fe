package org.bianmin.seal.internal.format;

/**
 * What a signer signs (待电子签章数据), TBS_Sign of either generation: GB/T 38540-2020 §6.2
 * {@link TBSSign} or GM/T 0031-2014 §7.2 {@link TBSSignV1}. The fields both carry.
 */
public interface ToBeSigned {
    /** The seal the signature is made with. */
    ElectronicSeal getEseal();

    /** The hash of the protected data (SM3, 32 bytes). */
    byte[] getDataHash();

    /** What the signature protects (e.g. the path of an OFD Signature.xml). */
    String getPropertyInfo();

    /** The bytes the signer signed: as read, or the DER of a structure built here. */
    byte[] getSignedEncoding();
}
