package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.bits;
import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
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
 * The maker's signature on a GM/T 0031-2014 seal (签名信息), GM/T 0031-2014 §6.6.
 *
 * <pre>
 * SES_SignInfo ::= SEQUENCE {
 *   cert                OCTET STRING,       -- seal maker's certificate, DER
 *   signatureAlgorithm  OBJECT IDENTIFIER,
 *   signData            BIT STRING }        -- over DER(SEQUENCE { sealInfo, cert, signatureAlgorithm })
 * </pre>
 */
public final class SESSignInfo extends ASN1Object {
    private final byte[] cert;
    private final ASN1ObjectIdentifier signatureAlgorithm;
    private final byte[] signData;
    private final byte[] certEncoding;
    private final byte[] algorithmEncoding;

    public SESSignInfo(byte[] cert, ASN1ObjectIdentifier signatureAlgorithm, byte[] signData) {
        this.cert = cert.clone();
        this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        this.signData = signData.clone();
        this.certEncoding = Asn1Fields.der(new DEROctetString(cert));
        this.algorithmEncoding = Asn1Fields.der(signatureAlgorithm);
    }

    private SESSignInfo(ASN1Sequence seq) {
        cert = octets(seq, 0, "cert");
        signatureAlgorithm = oid(seq, 1, "signatureAlgorithm");
        signData = bits(seq, 2, "signData");
        certEncoding = Asn1Fields.encoding(seq.getObjectAt(0));
        algorithmEncoding = Asn1Fields.encoding(seq.getObjectAt(1));
    }

    public static SESSignInfo getInstance(Object obj) {
        return instance(obj, SESSignInfo.class, "SES_SignInfo", 3, 3, SESSignInfo::new);
    }

    public byte[] getCert() {
        return cert.clone();
    }

    public ASN1ObjectIdentifier getSignatureAlgorithm() {
        return signatureAlgorithm;
    }

    public byte[] getSignData() {
        return signData.clone();
    }

    /** The encodings of {@code cert} and {@code signatureAlgorithm} as read, which the maker signed. */
    byte[] signedTail() {
        byte[] tail = new byte[certEncoding.length + algorithmEncoding.length];
        System.arraycopy(certEncoding, 0, tail, 0, certEncoding.length);
        System.arraycopy(algorithmEncoding, 0, tail, certEncoding.length, algorithmEncoding.length);
        return tail;
    }

    /** The DER of {@code SEQUENCE { sealInfo, cert, signatureAlgorithm }}, what a v1 maker signs. */
    public static byte[] toBeSigned(SESSealInfo sealInfo, byte[] cert, ASN1ObjectIdentifier signatureAlgorithm) {
        return Asn1Fields.der(derSequence(sealInfo, new DEROctetString(cert), signatureAlgorithm));
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new DEROctetString(cert), signatureAlgorithm, new DERBitString(signData));
    }
}
