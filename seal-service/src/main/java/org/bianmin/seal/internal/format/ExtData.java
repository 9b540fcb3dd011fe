package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;
import static org.bianmin.seal.internal.format.Asn1Fields.oid;
import static org.bianmin.seal.internal.format.Asn1Fields.sequence;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

/**
 * One extension of a seal or signature (自定义数据), GB/T 38540-2020 §5.3.
 *
 * <pre>
 * ExtData ::= SEQUENCE {
 *   extnID     OBJECT IDENTIFIER,
 *   critical   BOOLEAN DEFAULT FALSE,
 *   extnValue  OCTET STRING }
 * </pre>
 * DER omits {@code critical} when false; vendors write it anyway, which is read.
 */
public final class ExtData extends ASN1Object {
    private final ASN1ObjectIdentifier extnId;
    private final boolean critical;
    private final byte[] extnValue;

    public ExtData(ASN1ObjectIdentifier extnId, boolean critical, byte[] extnValue) {
        this.extnId = Objects.requireNonNull(extnId, "extnID");
        this.critical = critical;
        this.extnValue = extnValue.clone();
    }

    private ExtData(ASN1Sequence seq) {
        extnId = oid(seq, 0, "extnID");
        if (seq.size() == 3) {
            critical = field(seq, 1, "critical", "BOOLEAN", o -> ASN1Boolean.getInstance(o).isTrue());
            extnValue = octets(seq, 2, "extnValue");
        } else {
            critical = false;
            extnValue = octets(seq, 1, "extnValue");
        }
    }

    public static ExtData getInstance(Object obj) {
        if (obj instanceof ExtData ext) {
            return ext;
        }
        return obj == null ? null : new ExtData(sequence(obj, "ExtData", 2, 3));
    }

    public ASN1ObjectIdentifier getExtnId() {
        return extnId;
    }

    public boolean isCritical() {
        return critical;
    }

    public byte[] getExtnValue() {
        return extnValue.clone();
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        ASN1EncodableVector v = new ASN1EncodableVector(3);
        v.add(extnId);
        if (critical) {
            v.add(ASN1Boolean.TRUE);
        }
        v.add(new DEROctetString(extnValue));
        return new DERSequence(v);
    }
}
