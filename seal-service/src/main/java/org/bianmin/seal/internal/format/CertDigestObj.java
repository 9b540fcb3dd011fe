package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;

/**
 * The digest of a signer certificate allowed to use a seal (certListType 2), GB/T 38540-2020 §5.4.
 *
 * <pre>
 * CertDigestObj ::= SEQUENCE {
 *   type   PrintableString,  -- digest algorithm, e.g. "SM3" or its OID in dotted form
 *   value  OCTET STRING }    -- digest of the certificate's DER
 * </pre>
 */
public final class CertDigestObj extends ASN1Object {
    private final String type;
    private final byte[] value;

    public CertDigestObj(String type, byte[] value) {
        this.type = Objects.requireNonNull(type, "type");
        this.value = value.clone();
    }

    private CertDigestObj(ASN1Sequence seq) {
        type = field(seq, 0, "type", "PrintableString", o -> ASN1PrintableString.getInstance(o).getString());
        value = octets(seq, 1, "value");
    }

    public static CertDigestObj getInstance(Object obj) {
        return instance(obj, CertDigestObj.class, "CertDigestObj", 2, 2, CertDigestObj::new);
    }

    public String getType() {
        return type;
    }

    public byte[] getValue() {
        return value.clone();
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new DERPrintableString(type), new DEROctetString(value));
    }
}
