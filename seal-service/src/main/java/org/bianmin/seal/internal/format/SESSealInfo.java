package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.ia5;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERIA5String;

/**
 * The seal's information (印章信息), GB/T 38540-2020 §5.1 (same shape in GM/T 0031-2014 §6.1).
 * The seal maker (制章者) signs its encoding.
 *
 * <pre>
 * SES_SealInfo ::= SEQUENCE {
 *   header    SES_Header,
 *   esID      IA5String,          -- seal identifier (电子印章标识)
 *   property  SES_ESPropertyInfo,
 *   picture   SES_ESPictrueInfo,
 *   extDatas  ExtensionDatas OPTIONAL }
 * </pre>
 * A structure read from bytes keeps the bytes it was read from ({@link #getSignedEncoding()}):
 * vendors sign what they wrote, which is not always DER (e.g. an explicit {@code critical FALSE}).
 */
public final class SESSealInfo extends ASN1Object {
    private final SESHeader header;
    private final String esId;
    private final SESESPropertyInfo property;
    private final SESESPictrueInfo picture;
    private final ExtensionDatas extDatas;
    private final byte[] encoding;

    public SESSealInfo(SESHeader header, String esId, SESESPropertyInfo property, SESESPictrueInfo picture,
            ExtensionDatas extDatas) {
        this.header = Objects.requireNonNull(header, "header");
        this.esId = Objects.requireNonNull(esId, "esID");
        this.property = Objects.requireNonNull(property, "property");
        this.picture = Objects.requireNonNull(picture, "picture");
        this.extDatas = extDatas;
        this.encoding = Asn1Fields.der(this);
    }

    private SESSealInfo(ASN1Sequence seq) {
        header = field(seq, 0, "header", "SES_Header", SESHeader::getInstance);
        esId = ia5(seq, 1, "esID");
        property = field(seq, 2, "property", "SES_ESPropertyInfo", SESESPropertyInfo::getInstance);
        picture = field(seq, 3, "picture", "SES_ESPictrueInfo", SESESPictrueInfo::getInstance);
        extDatas = seq.size() > 4 ? field(seq, 4, "extDatas", "ExtensionDatas", ExtensionDatas::getInstance) : null;
        encoding = Asn1Fields.encoding(seq);
    }

    public static SESSealInfo getInstance(Object obj) {
        return instance(obj, SESSealInfo.class, "SES_SealInfo", 4, 5, SESSealInfo::new);
    }

    public SESHeader getHeader() {
        return header;
    }

    public String getEsId() {
        return esId;
    }

    public SESESPropertyInfo getProperty() {
        return property;
    }

    public SESESPictrueInfo getPicture() {
        return picture;
    }

    /** The extensions, or null when absent. */
    public ExtensionDatas getExtDatas() {
        return extDatas;
    }

    /** The bytes the maker signed: as read, or the DER of a structure built here. */
    public byte[] getSignedEncoding() {
        return encoding.clone();
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(header, new DERIA5String(esId), property, picture, extDatas);
    }
}
