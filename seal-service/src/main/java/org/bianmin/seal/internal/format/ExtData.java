package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;
import static org.bianmin.seal.internal.format.Asn1Fields.oid;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;

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
        return instance(obj, ExtData.class, "ExtData", 2, 3, ExtData::new);
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
        return derSequence(extnId, critical ? ASN1Boolean.TRUE : null, new DEROctetString(extnValue));
    }
}
