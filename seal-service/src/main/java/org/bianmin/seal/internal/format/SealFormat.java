package org.bianmin.seal.internal.format;

import org.bouncycastle.asn1.ASN1Sequence;

/**
 * Tells the two generations apart by their layout: a GB/T 38540 SESeal has 4 elements, a
 * GM/T 0031 one 2; a GB/T 38540 SES_Signature has 4 or 5, a GM/T 0031 one 2.
 */
public final class SealFormat {
    /** SM3withSM2 (GB/T 32918 / GM/T 0006), 1.2.156.10197.1.501. */
    public static final String SM3_WITH_SM2 = "1.2.156.10197.1.501";
    /** SM3 (GB/T 32905), 1.2.156.10197.1.401. */
    public static final String SM3 = "1.2.156.10197.1.401";
    /** HMAC-SM3 as registered, 1.2.156.10197.1.401.2 (one vendor's name for SM3 over Z || data). */
    public static final String HMAC_SM3 = "1.2.156.10197.1.401.2";
    /** GB/T 35275 SignedData, 1.2.156.10197.6.1.4.2.2. */
    public static final String GBT35275_SIGNED_DATA = "1.2.156.10197.6.1.4.2.2";

    private SealFormat() {
    }

    /** A seal of either generation. */
    public static ElectronicSeal seal(Object obj) {
        if (obj instanceof ElectronicSeal seal) {
            return seal;
        }
        ASN1Sequence seq = Asn1Fields.sequence(obj, "SESeal", 2, 4);
        if (seq.size() == 4) {
            return SESeal.getInstance(seq);
        }
        if (seq.size() == 2) {
            return SESealV1.getInstance(seq);
        }
        throw new FormatException("must have 4 elements (GB/T 38540) or 2 (GM/T 0031), found " + seq.size());
    }

    /** A signature of either generation. */
    public static ElectronicSignature signature(Object obj) {
        if (obj instanceof ElectronicSignature signature) {
            return signature;
        }
        ASN1Sequence seq = Asn1Fields.sequence(obj, "SES_Signature", 2, 5);
        if (seq.size() >= 4) {
            return SESSignature.getInstance(seq);
        }
        if (seq.size() == 2) {
            return SESSignatureV1.getInstance(seq);
        }
        throw new FormatException("must have 4 or 5 elements (GB/T 38540) or 2 (GM/T 0031), found "
                + seq.size());
    }
}
