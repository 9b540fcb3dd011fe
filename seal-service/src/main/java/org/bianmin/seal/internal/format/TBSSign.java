package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.bits;
import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.generalizedTime;
import static org.bianmin.seal.internal.format.Asn1Fields.ia5;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.smallInt;

import java.time.Instant;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * What a GB/T 38540 signer signs (待电子签章数据), GB/T 38540-2020 §6.2.
 *
 * <pre>
 * TBS_Sign ::= SEQUENCE {
 *   version       INTEGER,           -- 4
 *   eseal         SESeal,
 *   timeInfo      GeneralizedTime,   -- the signer's claimed signing time (a claim, not a proof)
 *   dataHash      BIT STRING,        -- SM3 of the protected data
 *   propertyInfo  IA5String,         -- the protected range, e.g. the path of Signature.xml
 *   extDatas      [0] EXPLICIT ExtensionDatas OPTIONAL }
 * </pre>
 * Read leniently: {@code extDatas} also as {@code [0] IMPLICIT} or untagged, as vendors write it.
 * Written as {@code [0] EXPLICIT}. A structure read from bytes keeps them for verification.
 */
public final class TBSSign extends ASN1Object implements ToBeSigned {
    private final int version;
    private final ElectronicSeal eseal;
    private final Instant timeInfo;
    private final byte[] dataHash;
    private final String propertyInfo;
    private final ExtensionDatas extDatas;
    private final byte[] encoding;
    private final boolean built;

    public TBSSign(SESeal eseal, Instant timeInfo, byte[] dataHash, String propertyInfo, ExtensionDatas extDatas) {
        this.version = SESHeader.VERSION_4;
        this.eseal = Objects.requireNonNull(eseal, "eseal");
        this.timeInfo = Objects.requireNonNull(timeInfo, "timeInfo").truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.dataHash = dataHash.clone();
        this.propertyInfo = Objects.requireNonNull(propertyInfo, "propertyInfo");
        this.extDatas = extDatas;
        this.built = true;
        // the seal's DER is reused as is rather than encoded again inside this structure
        this.encoding = DerLengths.sequence(Asn1Fields.der(new ASN1Integer(version)), eseal.derShared(),
                Asn1Fields.der(Asn1Times.generalized(this.timeInfo)), Asn1Fields.der(new DERBitString(this.dataHash)),
                Asn1Fields.der(new DERIA5String(propertyInfo)),
                extDatas == null ? new byte[0] : Asn1Fields.der(new DERTaggedObject(true, 0, extDatas)));
    }

    private TBSSign(ASN1Sequence seq) {
        version = smallInt(seq, 0, "version");
        if (version != SESHeader.VERSION_4) {
            throw new FormatException("must be 4, found " + version).within(0, "version");
        }
        eseal = field(seq, 1, "eseal", "SESeal", SealFormat::seal);
        timeInfo = Asn1Times.toInstant(generalizedTime(seq, 2, "timeInfo"));
        dataHash = bits(seq, 3, "dataHash");
        propertyInfo = ia5(seq, 4, "propertyInfo");
        extDatas = seq.size() > 5 ? field(seq, 5, "extDatas", "[0] ExtensionDatas", TBSSign::extensions) : null;
        encoding = Asn1Fields.encoding(seq);
        built = false;
    }

    public static TBSSign getInstance(Object obj) {
        return instance(obj, TBSSign.class, "TBS_Sign", 5, 6, TBSSign::new);
    }

    /** [0] EXPLICIT, [0] IMPLICIT or an untagged SEQUENCE OF ExtData. */
    private static ExtensionDatas extensions(Object obj) {
        if (obj instanceof ASN1TaggedObject tagged) {
            if (!tagged.hasContextTag(0)) {
                throw new FormatException("expected tag [0], found " + tagged);
            }
            ASN1Sequence contents = ASN1Sequence.getInstance(tagged, false);
            boolean explicit = contents.size() == 1 && contents.getObjectAt(0) instanceof ASN1Sequence inner
                    && (inner.size() == 0 || !(inner.getObjectAt(0) instanceof ASN1ObjectIdentifier));
            return ExtensionDatas.getInstance(explicit ? contents.getObjectAt(0) : contents);
        }
        if (obj instanceof ASN1Sequence) {
            return ExtensionDatas.getInstance(obj);
        }
        throw new FormatException("expected [0] ExtensionDatas, found " + Asn1Fields.kind(obj));
    }

    public int getVersion() {
        return version;
    }

    @Override
    public ElectronicSeal getEseal() {
        return eseal;
    }

    public Instant getTimeInfo() {
        return timeInfo;
    }

    @Override
    public byte[] getDataHash() {
        return dataHash.clone();
    }

    @Override
    public String getPropertyInfo() {
        return propertyInfo;
    }

    /** The extensions, or null. */
    public ExtensionDatas getExtDatas() {
        return extDatas;
    }

    /** The bytes the signer signed: as read, or the DER of a structure built here. */
    @Override
    public byte[] getSignedEncoding() {
        return encoding.clone();
    }

    /** The DER when this structure was built here (not read), without copying; else null. */
    byte[] builtDer() {
        return built ? encoding : null;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new ASN1Integer(version), (ASN1Encodable) eseal, Asn1Times.generalized(timeInfo),
                new DERBitString(dataHash), new DERIA5String(propertyInfo),
                extDatas == null ? null : new DERTaggedObject(true, 0, extDatas));
    }
}
