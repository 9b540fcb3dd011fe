package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.ia5;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;
import static org.bianmin.seal.internal.format.Asn1Fields.smallInt;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;

/**
 * The seal picture (印章图像数据), GB/T 38540-2020 §5.5 (the standard's own spelling "Pictrue").
 *
 * <pre>
 * SES_ESPictrueInfo ::= SEQUENCE {
 *   type    IA5String,     -- "png", "jpg", "gif", "ofd" … (vendors also write upper case)
 *   data    OCTET STRING,  -- the image
 *   width   INTEGER,       -- display width in millimetres
 *   height  INTEGER }      -- display height in millimetres
 * </pre>
 */
public final class SESESPictrueInfo extends ASN1Object {
    private final String type;
    private final byte[] data;
    private final int width;
    private final int height;

    public SESESPictrueInfo(String type, byte[] data, int width, int height) {
        this.type = Objects.requireNonNull(type, "type");
        this.data = data.clone();
        this.width = width;
        this.height = height;
    }

    private SESESPictrueInfo(ASN1Sequence seq) {
        type = ia5(seq, 0, "type");
        data = octets(seq, 1, "data");
        width = smallInt(seq, 2, "width");
        height = smallInt(seq, 3, "height");
    }

    public static SESESPictrueInfo getInstance(Object obj) {
        return instance(obj, SESESPictrueInfo.class, "SES_ESPictrueInfo", 4, 4, SESESPictrueInfo::new);
    }

    public String getType() {
        return type;
    }

    public byte[] getData() {
        return data.clone();
    }

    /** Width in millimetres. */
    public int getWidth() {
        return width;
    }

    /** Height in millimetres. */
    public int getHeight() {
        return height;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new DERIA5String(type), new DEROctetString(data), new ASN1Integer(width),
                new ASN1Integer(height));
    }
}
