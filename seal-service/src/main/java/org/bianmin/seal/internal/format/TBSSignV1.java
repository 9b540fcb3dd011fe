package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.bits;
import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.ia5;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;
import static org.bianmin.seal.internal.format.Asn1Fields.octets;
import static org.bianmin.seal.internal.format.Asn1Fields.oid;
import static org.bianmin.seal.internal.format.Asn1Fields.smallInt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;

/**
 * What a GM/T 0031-2014 signer signs (待电子签章数据), GM/T 0031-2014 §7.2.
 *
 * <pre>
 * TBS_Sign ::= SEQUENCE {
 *   version             INTEGER,
 *   eseal               SESeal,             -- a GM/T 0031 seal
 *   timeInfo            BIT STRING,         -- the claimed signing time as text
 *   dataHash            BIT STRING,
 *   propertyInfo        IA5String,
 *   cert                OCTET STRING,       -- signer's certificate, DER
 *   signatureAlgorithm  OBJECT IDENTIFIER }
 * </pre>
 * {@code timeInfo} is also read as UTCTime or GeneralizedTime, as some writers encode it.
 */
public final class TBSSignV1 extends ASN1Object implements ToBeSigned {
    private static final List<DateTimeFormatter> TEXT_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'"), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"),
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    private final int version;
    private final ElectronicSeal eseal;
    private final byte[] timeInfo;
    private final Instant time;
    private final byte[] dataHash;
    private final String propertyInfo;
    private final byte[] cert;
    private final ASN1ObjectIdentifier signatureAlgorithm;
    private final byte[] encoding;

    public TBSSignV1(int version, SESealV1 eseal, Instant time, byte[] dataHash, String propertyInfo, byte[] cert,
            ASN1ObjectIdentifier signatureAlgorithm) {
        this.version = version;
        this.eseal = Objects.requireNonNull(eseal, "eseal");
        this.time = time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.timeInfo = TEXT_TIMES.get(0).format(LocalDateTime.ofInstant(this.time, ZoneOffset.UTC))
                .getBytes(StandardCharsets.US_ASCII);
        this.dataHash = dataHash.clone();
        this.propertyInfo = Objects.requireNonNull(propertyInfo, "propertyInfo");
        this.cert = cert.clone();
        this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        this.encoding = Asn1Fields.der(this);
    }

    private TBSSignV1(ASN1Sequence seq) {
        version = smallInt(seq, 0, "version");
        eseal = field(seq, 1, "eseal", "SESeal", SealFormat::seal);
        Object rawTime = seq.getObjectAt(2);
        if (rawTime instanceof ASN1UTCTime utc) {
            time = field(seq, 2, "timeInfo", "UTCTime", o -> Asn1Times.toInstant(utc));
            timeInfo = utc.getTime().getBytes(StandardCharsets.US_ASCII);
        } else if (rawTime instanceof ASN1GeneralizedTime gt) {
            time = field(seq, 2, "timeInfo", "GeneralizedTime", o -> Asn1Times.toInstant(gt));
            timeInfo = gt.getTimeString().getBytes(StandardCharsets.US_ASCII);
        } else {
            timeInfo = bits(seq, 2, "timeInfo");
            time = parseText(new String(timeInfo, StandardCharsets.US_ASCII));
        }
        dataHash = bits(seq, 3, "dataHash");
        propertyInfo = ia5(seq, 4, "propertyInfo");
        cert = octets(seq, 5, "cert");
        signatureAlgorithm = oid(seq, 6, "signatureAlgorithm");
        encoding = Asn1Fields.encoding(seq);
    }

    public static TBSSignV1 getInstance(Object obj) {
        return instance(obj, TBSSignV1.class, "TBS_Sign", 7, 7, TBSSignV1::new);
    }

    private static Instant parseText(String text) {
        for (DateTimeFormatter format : TEXT_TIMES) {
            try {
                LocalDateTime local = LocalDateTime.parse(text.strip(), format);
                return local.toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public ElectronicSeal getEseal() {
        return eseal;
    }

    /** The claimed signing time, or null when the text is not a time this reader knows. */
    public Instant getTime() {
        return time;
    }

    /** The raw timeInfo bytes. */
    public byte[] getTimeInfo() {
        return timeInfo.clone();
    }

    @Override
    public byte[] getDataHash() {
        return dataHash.clone();
    }

    @Override
    public String getPropertyInfo() {
        return propertyInfo;
    }

    public byte[] getCert() {
        return cert.clone();
    }

    public ASN1ObjectIdentifier getSignatureAlgorithm() {
        return signatureAlgorithm;
    }

    @Override
    public byte[] getSignedEncoding() {
        return encoding.clone();
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(new ASN1Integer(version), (ASN1Object) eseal, new DERBitString(timeInfo),
                new DERBitString(dataHash), new DERIA5String(propertyInfo), new DEROctetString(cert), signatureAlgorithm);
    }

}
