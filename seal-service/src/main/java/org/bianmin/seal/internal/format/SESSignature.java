package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.bits;
import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;
import static org.bianmin.seal.internal.format.Asn1Fields.oid;

import java.time.Instant;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * An electronic signature (电子签章数据), GB/T 38540-2020 §6.1.
 *
 * <pre>
 * SES_Signature ::= SEQUENCE {
 *   toSign          TBS_Sign,
 *   cert            OCTET STRING,              -- signer's certificate (签章者证书), DER
 *   signatureAlgID  OBJECT IDENTIFIER,         -- 1.2.156.10197.1.501 SM3withSM2
 *   signature       BIT STRING,                -- over the encoding of TBS_Sign
 *   timeStamp       [0] EXPLICIT BIT STRING OPTIONAL }  -- RFC 3161 token over signature
 * </pre>
 */
public final class SESSignature extends ASN1Object implements ElectronicSignature {
    private final TBSSign toSign;
    private final byte[] cert;
    private final ASN1ObjectIdentifier signatureAlgId;
    private final byte[] signature;
    private final byte[] timeStamp;

    /** A signature built from its parts; {@code signature} is over {@code toSign.getSignedEncoding()}. */
    public SESSignature(TBSSign toSign, byte[] cert, ASN1ObjectIdentifier signatureAlgId, byte[] signature,
            byte[] timeStamp) {
        this.toSign = Objects.requireNonNull(toSign, "toSign");
        this.cert = cert.clone();
        this.signatureAlgId = Objects.requireNonNull(signatureAlgId, "signatureAlgID");
        this.signature = signature.clone();
        this.timeStamp = timeStamp == null ? null : timeStamp.clone();
    }

    private SESSignature(ASN1Sequence seq) {
        toSign = field(seq, 0, "toSign", "TBS_Sign", TBSSign::getInstance);
        cert = octets(seq, 1, "cert");
        signatureAlgId = oid(seq, 2, "signatureAlgID");
        signature = bits(seq, 3, "signature");
        timeStamp = seq.size() > 4 ? field(seq, 4, "timeStamp", "[0] BIT STRING", SESSignature::token) : null;
    }

    /**
     * This signature with {@code token} in its {@code timeStamp} field: the RFC 3161 token over the
     * signature value (GB/T 38540-2020 §6.1). Everything signed stays as it is.
     */
    public SESSignature withTimeStamp(byte[] token) {
        return new SESSignature(toSign, cert, signatureAlgId, signature, Objects.requireNonNull(token, "token"));
    }

    public static SESSignature getInstance(Object obj) {
        return instance(obj, SESSignature.class, "SES_Signature", 4, 5, SESSignature::new);
    }

    /** [0] EXPLICIT BIT STRING as the standard says; [0] IMPLICIT and OCTET STRING as vendors write. */
    private static byte[] token(Object obj) {
        ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(obj);
        if (!tagged.hasContextTag(0)) {
            throw new FormatException("expected tag [0]");
        }
        if (tagged.isExplicit()) {
            ASN1Primitive inner = tagged.getExplicitBaseObject().toASN1Primitive();
            if (inner instanceof ASN1BitString) {
                return bits(inner);
            }
            return ASN1OctetString.getInstance(inner).getOctets();
        }
        return bits(ASN1BitString.getInstance(tagged, false));
    }

    @Override
    public TBSSign getToSign() {
        return toSign;
    }

    public ASN1ObjectIdentifier getSignatureAlgId() {
        return signatureAlgId;
    }

    @Override
    public int getFormatVersion() {
        return SESHeader.VERSION_4;
    }

    @Override
    public Instant getTimeInfo() {
        return toSign.getTimeInfo();
    }

    @Override
    public byte[] getSignerCertificate() {
        return cert.clone();
    }

    @Override
    public String getSignatureAlgorithm() {
        return signatureAlgId.getId();
    }

    @Override
    public byte[] getSignatureValue() {
        return signature.clone();
    }

    @Override
    public byte[] getTimeStamp() {
        return timeStamp == null ? null : timeStamp.clone();
    }

    @Override
    public byte[] getDerEncoded() {
        byte[] tbs = toSign.builtDer();
        if (tbs == null) {
            return Asn1Fields.der(this);
        }
        // built here: TBS_Sign is already DER, with the seal's DER inside; encode only the rest
        return DerLengths.sequence(tbs, Asn1Fields.der(new DEROctetString(cert)), Asn1Fields.der(signatureAlgId),
                Asn1Fields.der(new DERBitString(signature)), timeStamp == null ? new byte[0]
                        : Asn1Fields.der(new DERTaggedObject(true, 0, new DERBitString(timeStamp))));
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(toSign, new DEROctetString(cert), signatureAlgId, new DERBitString(signature),
                timeStamp == null ? null : new DERTaggedObject(true, 0, new DERBitString(timeStamp)));
    }
}
