package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.bits;
import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;

import java.time.Instant;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;

/**
 * An electronic signature of GM/T 0031-2014 (the "v1" format), §7.1.
 *
 * <pre>
 * SES_Signature ::= SEQUENCE {
 *   toSign     TBS_Sign,
 *   signature  BIT STRING }     -- over the encoding of TBS_Sign
 * </pre>
 */
public final class SESSignatureV1 extends ASN1Object implements ElectronicSignature {
    private final TBSSignV1 toSign;
    private final byte[] signature;

    public SESSignatureV1(TBSSignV1 toSign, byte[] signature) {
        this.toSign = Objects.requireNonNull(toSign, "toSign");
        this.signature = signature.clone();
    }

    private SESSignatureV1(ASN1Sequence seq) {
        toSign = field(seq, 0, "toSign", "TBS_Sign", TBSSignV1::getInstance);
        signature = bits(seq, 1, "signature");
    }

    public static SESSignatureV1 getInstance(Object obj) {
        return instance(obj, SESSignatureV1.class, "SES_Signature", 2, 2, SESSignatureV1::new);
    }

    @Override
    public TBSSignV1 getToSign() {
        return toSign;
    }

    @Override
    public int getFormatVersion() {
        return SESHeader.VERSION_1;
    }

    @Override
    public Instant getTimeInfo() {
        return toSign.getTime();
    }

    @Override
    public byte[] getSignerCertificate() {
        return toSign.getCert();
    }

    @Override
    public String getSignatureAlgorithm() {
        return toSign.getSignatureAlgorithm().getId();
    }

    @Override
    public byte[] getSignatureValue() {
        return signature.clone();
    }

    @Override
    public byte[] getTimeStamp() {
        return null;
    }

    @Override
    public byte[] getDerEncoded() {
        return Asn1Fields.der(this);
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(toSign, new DERBitString(signature));
    }
}
