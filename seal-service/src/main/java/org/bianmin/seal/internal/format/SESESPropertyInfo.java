package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.smallInt;
import static org.bianmin.seal.internal.format.Asn1Fields.utf8;

import java.time.Instant;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * The seal's properties (印章属性信息), GB/T 38540-2020 §5.4; the 6-element GM/T 0031-2014 §6.4
 * form (no certListType, UTCTime) is read too and written back in its own form.
 *
 * <pre>
 * SES_ESPropertyInfo ::= SEQUENCE {             -- GB/T 38540 (v4)
 *   type          INTEGER,                      -- 1 unit seal (单位印章), 2 personal seal
 *   name          UTF8String,
 *   certListType  INTEGER,                      -- 1 certificates, 2 certificate digests
 *   certList      SES_CertList,
 *   createDate    GeneralizedTime,
 *   validStart    GeneralizedTime,
 *   validEnd      GeneralizedTime }
 * SES_ESPropertyInfo ::= SEQUENCE {             -- GM/T 0031 (v1)
 *   type INTEGER, name UTF8String, certList SEQUENCE OF OCTET STRING,
 *   createDate UTCTime, validStart UTCTime, validEnd UTCTime }
 * </pre>
 * Vendors write either time type in either version; both are read.
 */
public final class SESESPropertyInfo extends ASN1Object {
    /** A unit seal (单位印章). */
    public static final int TYPE_UNIT = 1;
    /** A personal seal (个人印章). */
    public static final int TYPE_PERSONAL = 2;

    private final boolean v1;
    private final int type;
    private final String name;
    private final SESCertList certList;
    private final Instant createDate;
    private final Instant validStart;
    private final Instant validEnd;

    /** A GB/T 38540 (v4) property info. */
    public SESESPropertyInfo(int type, String name, SESCertList certList, Instant createDate, Instant validStart,
            Instant validEnd) {
        this(false, type, name, certList, createDate, validStart, validEnd);
    }

    private SESESPropertyInfo(boolean v1, int type, String name, SESCertList certList, Instant createDate,
            Instant validStart, Instant validEnd) {
        this.v1 = v1;
        this.type = type;
        this.name = Objects.requireNonNull(name, "name");
        this.certList = Objects.requireNonNull(certList, "certList");
        this.createDate = seconds(createDate);
        this.validStart = seconds(validStart);
        this.validEnd = seconds(validEnd);
    }

    /** A GM/T 0031 (v1) property info: certificates only, UTCTime. */
    public static SESESPropertyInfo v1(int type, String name, SESCertList certs, Instant createDate,
            Instant validStart, Instant validEnd) {
        if (certs.getType() != SESCertList.CERTS) {
            throw new IllegalArgumentException("GM/T 0031 seals list certificates, not digests");
        }
        return new SESESPropertyInfo(true, type, name, certs, createDate, validStart, validEnd);
    }

    private SESESPropertyInfo(ASN1Sequence seq) {
        v1 = seq.size() == 6;
        int at = 0;
        type = smallInt(seq, at++, "type");
        name = utf8(seq, at++, "name");
        int listType = SESCertList.CERTS;
        if (!v1) {
            listType = smallInt(seq, at++, "certListType");
            if (listType != SESCertList.CERTS && listType != SESCertList.DIGESTS) {
                throw new FormatException("must be 1 or 2, found " + listType).within(2, "certListType");
            }
        }
        int kind = listType;
        certList = field(seq, at++, "certList", "SES_CertList", o -> SESCertList.getInstance(o, kind));
        createDate = time(seq, at++, "createDate");
        validStart = time(seq, at++, "validStart");
        validEnd = time(seq, at, "validEnd");
    }

    public static SESESPropertyInfo getInstance(Object obj) {
        return instance(obj, SESESPropertyInfo.class, "SES_ESPropertyInfo", 6, 7, SESESPropertyInfo::new);
    }

    private static Instant time(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "GeneralizedTime or UTCTime", o -> {
            if (o instanceof ASN1UTCTime utc) {
                return Asn1Times.toInstant(utc);
            }
            return Asn1Times.toInstant(ASN1GeneralizedTime.getInstance(o));
        });
    }

    private static Instant seconds(Instant instant) {
        return Objects.requireNonNull(instant, "time").truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Whether this is the GM/T 0031 (v1) form. */
    /** The position of certList in this structure: 2 in the GM/T 0031 form, 3 in GB/T 38540's. */
    public int certListIndex() {
        return v1 ? 2 : 3;
    }

    public boolean isV1() {
        return v1;
    }

    public int getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    /** 1 (certificates) or 2 (digests); always 1 in the v1 form. */
    public int getCertListType() {
        return certList.getType();
    }

    public SESCertList getCertList() {
        return certList;
    }

    public Instant getCreateDate() {
        return createDate;
    }

    public Instant getValidStart() {
        return validStart;
    }

    public Instant getValidEnd() {
        return validEnd;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new ASN1Integer(type), new DERUTF8String(name),
                v1 ? null : new ASN1Integer(certList.getType()), certList, time(createDate), time(validStart),
                time(validEnd));
    }

    /** UTCTime in the GM/T 0031 form, GeneralizedTime in GB/T 38540's. */
    private ASN1Primitive time(Instant t) {
        return v1 ? Asn1Times.utc(t) : Asn1Times.generalized(t);
    }
}
