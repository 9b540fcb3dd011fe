package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.ia5;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.smallInt;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERIA5String;

/**
 * The seal header (印章头), GB/T 38540-2020 §5.2 / GM/T 0031-2014 §6.2.
 *
 * <pre>
 * SES_Header ::= SEQUENCE {
 *   id       IA5String,   -- "ES"
 *   version  INTEGER,     -- 4 (GB/T 38540), 1 (GM/T 0031)
 *   vid      IA5String }  -- vendor id (厂商标识)
 * </pre>
 */
public final class SESHeader extends ASN1Object {
    /** The only header id the standards allow. */
    public static final String ID = "ES";
    /** The version of GB/T 38540-2020 seals. */
    public static final int VERSION_4 = 4;
    /** The version of GM/T 0031-2014 seals. */
    public static final int VERSION_1 = 1;

    private final String id;
    private final int version;
    private final String vid;

    public SESHeader(int version, String vid) {
        this.id = ID;
        this.version = version;
        this.vid = Objects.requireNonNull(vid, "vid");
    }

    private SESHeader(ASN1Sequence seq) {
        id = ia5(seq, 0, "id");
        if (!ID.equals(id)) {
            throw new FormatException("must be \"ES\", found \"" + id + "\"").within(0, "id");
        }
        version = smallInt(seq, 1, "version");
        if (version < 1 || version > VERSION_4) {
            throw new FormatException("unsupported version " + version + " (1 to 4)").within(1, "version");
        }
        vid = ia5(seq, 2, "vid");
    }

    public static SESHeader getInstance(Object obj) {
        return instance(obj, SESHeader.class, "SES_Header", 3, 3, SESHeader::new);
    }

    public String getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getVid() {
        return vid;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new DERIA5String(id), new ASN1Integer(version), new DERIA5String(vid));
    }
}
