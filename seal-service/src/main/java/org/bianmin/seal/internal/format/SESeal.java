package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.bits;
import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;
import static org.bianmin.seal.internal.format.Asn1Fields.oid;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;

/**
 * An electronic seal (电子印章), GB/T 38540-2020 §5.
 *
 * <pre>
 * SESeal ::= SEQUENCE {
 *   eSealInfo    SES_SealInfo,
 *   cert         OCTET STRING,        -- seal maker's certificate (制章者证书), DER
 *   signAlgID    OBJECT IDENTIFIER,   -- 1.2.156.10197.1.501 SM3withSM2
 *   signedValue  BIT STRING }         -- the maker's signature over DER(SES_SealInfo)
 * </pre>
 */
public final class SESeal extends ASN1Object implements ElectronicSeal {
    private final SESSealInfo sealInfo;
    private final byte[] cert;
    private final ASN1ObjectIdentifier signAlgId;
    private final byte[] signedValue;
    private volatile byte[] der;

    /**
     * A seal built from its parts. {@code signedValue} is the maker's signature over
     * {@code sealInfo.getSignedEncoding()} (DER of SES_SealInfo).
     */
    public SESeal(SESSealInfo sealInfo, byte[] cert, ASN1ObjectIdentifier signAlgId, byte[] signedValue) {
        this.sealInfo = Objects.requireNonNull(sealInfo, "eSealInfo");
        this.cert = cert.clone();
        this.signAlgId = Objects.requireNonNull(signAlgId, "signAlgID");
        this.signedValue = signedValue.clone();
        if (sealInfo.getHeader().getVersion() != SESHeader.VERSION_4) {
            throw new IllegalArgumentException("a GB/T 38540 seal has header version 4");
        }
    }

    private SESeal(ASN1Sequence seq) {
        sealInfo = field(seq, 0, "eSealInfo", "SES_SealInfo", SESSealInfo::getInstance);
        if (sealInfo.getHeader().getVersion() != SESHeader.VERSION_4) {
            throw new FormatException("a GB/T 38540 seal must have version 4, found "
                    + sealInfo.getHeader().getVersion()).within(1, "version").within(0, "header").within(0, "eSealInfo");
        }
        if (sealInfo.getProperty().isV1()) {
            throw new FormatException("a GB/T 38540 seal's property has 7 elements, found 6")
                    .within(2, "property").within(0, "eSealInfo");
        }
        cert = octets(seq, 1, "cert");
        signAlgId = oid(seq, 2, "signAlgID");
        signedValue = bits(seq, 3, "signedValue");
    }

    public static SESeal getInstance(Object obj) {
        return instance(obj, SESeal.class, "SESeal", 4, 4, SESeal::new);
    }

    @Override
    public int getFormatVersion() {
        return SESHeader.VERSION_4;
    }

    @Override
    public SESSealInfo getSealInfo() {
        return sealInfo;
    }

    @Override
    public byte[] getMakerCertificate() {
        return cert.clone();
    }

    public ASN1ObjectIdentifier getSignAlgId() {
        return signAlgId;
    }

    @Override
    public String getSignatureAlgorithm() {
        return signAlgId.getId();
    }

    @Override
    public byte[] getMakerSignature() {
        return signedValue.clone();
    }

    @Override
    public byte[] getMakerSignedBytes() {
        return sealInfo.getSignedEncoding();
    }

    @Override
    public byte[] getDerEncoded() {
        return derShared().clone();
    }

    /** The strict DER, encoded once (a seal with its picture is tens of KB; signatures embed it). */
    byte[] derShared() {
        byte[] cached = der;
        if (cached == null) {
            cached = Asn1Fields.der(this);
            der = cached;
        }
        return cached;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(sealInfo, new DEROctetString(cert), signAlgId, new DERBitString(signedValue));
    }
}
