package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * An electronic seal of GM/T 0031-2014 (the "v1" format), §6.
 *
 * <pre>
 * SESeal ::= SEQUENCE {
 *   esealInfo  SES_SealInfo,     -- header version 1, 6-element SES_ESPropertyInfo
 *   signInfo   SES_SignInfo }
 * </pre>
 */
public final class SESealV1 extends ASN1Object implements ElectronicSeal {
    private final SESSealInfo sealInfo;
    private final SESSignInfo signInfo;

    public SESealV1(SESSealInfo sealInfo, SESSignInfo signInfo) {
        this.sealInfo = Objects.requireNonNull(sealInfo, "esealInfo");
        this.signInfo = Objects.requireNonNull(signInfo, "signInfo");
    }

    private SESealV1(ASN1Sequence seq) {
        sealInfo = field(seq, 0, "esealInfo", "SES_SealInfo", SESSealInfo::getInstance);
        if (sealInfo.getHeader().getVersion() >= SESHeader.VERSION_4) {
            throw new FormatException("a GM/T 0031 seal must have a version below 4, found "
                    + sealInfo.getHeader().getVersion()).within(1, "version").within(0, "header").within(0, "esealInfo");
        }
        signInfo = field(seq, 1, "signInfo", "SES_SignInfo", SESSignInfo::getInstance);
    }

    public static SESealV1 getInstance(Object obj) {
        return instance(obj, SESealV1.class, "SESeal", 2, 2, SESealV1::new);
    }

    public SESSignInfo getSignInfo() {
        return signInfo;
    }

    @Override
    public int getFormatVersion() {
        return SESHeader.VERSION_1;
    }

    @Override
    public SESSealInfo getSealInfo() {
        return sealInfo;
    }

    @Override
    public byte[] getMakerCertificate() {
        return signInfo.getCert();
    }

    @Override
    public String getSignatureAlgorithm() {
        return signInfo.getSignatureAlgorithm().getId();
    }

    @Override
    public byte[] getMakerSignature() {
        return signInfo.getSignData();
    }

    /** {@code SEQUENCE { sealInfo, cert, signatureAlgorithm }} from the encodings as read. */
    @Override
    public byte[] getMakerSignedBytes() {
        return DerLengths.sequence(sealInfo.getSignedEncoding(), signInfo.signedTail());
    }

    @Override
    public byte[] getDerEncoded() {
        return Asn1Fields.der(this);
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(sealInfo, signInfo);
    }
}
