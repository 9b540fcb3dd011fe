package org.bianmin.seal.internal.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.junit.jupiter.api.Test;

/** Encode → decode → encode for every structure of GB/T 38540 and GM/T 0031. */
class SealStructuresRoundTripTest {
    static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");
    static final Instant START = Instant.parse("2026-01-06T00:00:00Z");
    static final Instant END = Instant.parse("2029-01-06T00:00:00Z");
    static final ASN1ObjectIdentifier SM3_SM2 = new ASN1ObjectIdentifier(SealFormat.SM3_WITH_SM2);

    static SESSealInfo sealInfo(int version, SESESPropertyInfo property) {
        return new SESSealInfo(new SESHeader(version, "BIANMIN"), "51332200000001", property,
                new SESESPictrueInfo("png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 42, 42),
                new ExtensionDatas(List.of(new ExtData(new ASN1ObjectIdentifier("1.2.3.4"), true, new byte[] {1}))));
    }

    static SESeal seal() {
        SESESPropertyInfo property = new SESESPropertyInfo(1, "泸定县兴隆镇人民政府审批服务专用章",
                SESCertList.ofCertificates(List.of(new byte[] {0x30, 0x00})), CREATED, START, END);
        return new SESeal(sealInfo(4, property), new byte[] {0x30, 0x01, 0x00}, SM3_SM2, new byte[70]);
    }

    static <T extends ASN1Object> T roundTrip(T value, java.util.function.Function<Object, T> getInstance)
            throws IOException {
        byte[] der = value.getEncoded(ASN1Encoding.DER);
        T back = getInstance.apply(ASN1Primitive.fromByteArray(der));
        assertArrayEquals(der, back.getEncoded(ASN1Encoding.DER), "re-encoding differs");
        return back;
    }

    @Test
    void header() throws IOException {
        SESHeader back = roundTrip(new SESHeader(4, "BIANMIN"), SESHeader::getInstance);
        assertEquals("ES", back.getId());
        assertEquals(4, back.getVersion());
        assertEquals("BIANMIN", back.getVid());
    }

    @Test
    void propertyInfoWithCertificates() throws IOException {
        SESESPropertyInfo back = roundTrip(new SESESPropertyInfo(1, "章",
                SESCertList.ofCertificates(List.of(new byte[] {1, 2}, new byte[] {3})), CREATED, START, END),
                SESESPropertyInfo::getInstance);
        assertEquals(1, back.getCertListType());
        assertEquals(2, back.getCertList().getCertificates().size());
        assertArrayEquals(new byte[] {3}, back.getCertList().getCertificates().get(1));
        assertEquals(START, back.getValidStart());
        assertEquals(END, back.getValidEnd());
        assertEquals(CREATED, back.getCreateDate());
        assertFalse(back.isV1());
    }

    @Test
    void propertyInfoWithDigests() throws IOException {
        SESESPropertyInfo back = roundTrip(new SESESPropertyInfo(2, "个人章", SESCertList.ofDigests(
                List.of(new CertDigestObj("SM3", new byte[32]))), CREATED, START, END), SESESPropertyInfo::getInstance);
        assertEquals(2, back.getCertListType());
        assertEquals("SM3", back.getCertList().getDigests().get(0).getType());
        assertEquals(32, back.getCertList().getDigests().get(0).getValue().length);
        assertTrue(back.getCertList().getCertificates().isEmpty());
    }

    @Test
    void certDigestObj() throws IOException {
        CertDigestObj back = roundTrip(new CertDigestObj("1.2.156.10197.1.401", new byte[] {9, 9}),
                CertDigestObj::getInstance);
        assertEquals("1.2.156.10197.1.401", back.getType());
        assertArrayEquals(new byte[] {9, 9}, back.getValue());
    }

    @Test
    void v1PropertyInfoUsesUtcTimeAndSixElements() throws IOException {
        SESESPropertyInfo v1 = SESESPropertyInfo.v1(1, "章", SESCertList.ofCertificates(List.of(new byte[] {1})),
                CREATED, START, END);
        byte[] der = v1.getEncoded(ASN1Encoding.DER);
        SESESPropertyInfo back = roundTrip(v1, SESESPropertyInfo::getInstance);
        assertTrue(back.isV1());
        assertEquals(6, ((org.bouncycastle.asn1.ASN1Sequence) ASN1Primitive.fromByteArray(der)).size());
        assertEquals(END, back.getValidEnd());
    }

    @Test
    void picture() throws IOException {
        SESESPictrueInfo back = roundTrip(new SESESPictrueInfo("png", new byte[] {1, 2, 3}, 42, 40),
                SESESPictrueInfo::getInstance);
        assertEquals("png", back.getType());
        assertArrayEquals(new byte[] {1, 2, 3}, back.getData());
        assertEquals(42, back.getWidth());
        assertEquals(40, back.getHeight());
    }

    @Test
    void extensionsOmitCriticalFalseInDer() throws IOException {
        ExtData plain = new ExtData(new ASN1ObjectIdentifier("1.2.3"), false, new byte[] {7});
        assertEquals(2, ((org.bouncycastle.asn1.ASN1Sequence) plain.toASN1Primitive()).size());
        ExtensionDatas back = roundTrip(new ExtensionDatas(List.of(plain,
                new ExtData(new ASN1ObjectIdentifier("1.2.4"), true, new byte[] {8}))), ExtensionDatas::getInstance);
        assertFalse(back.getExtensions().get(0).isCritical());
        assertTrue(back.getExtensions().get(1).isCritical());
        assertArrayEquals(new byte[] {8}, back.getExtensions().get(1).getExtnValue());
        ExtData single = roundTrip(plain, ExtData::getInstance);
        assertEquals("1.2.3", single.getExtnId().getId());
    }

    @Test
    void sealInfoKeepsItsSignedEncoding() throws IOException {
        SESSealInfo info = roundTrip(seal().getSealInfo(), SESSealInfo::getInstance);
        assertEquals("51332200000001", info.getEsId());
        assertArrayEquals(info.getEncoded(ASN1Encoding.DER), info.getSignedEncoding());
        assertEquals(1, info.getExtDatas().getExtensions().size());
    }

    @Test
    void v4Seal() throws IOException {
        SESeal back = roundTrip(seal(), SESeal::getInstance);
        assertEquals(4, back.getFormatVersion());
        assertEquals(SealFormat.SM3_WITH_SM2, back.getSignatureAlgorithm());
        assertArrayEquals(back.getSealInfo().getSignedEncoding(), back.getMakerSignedBytes());
        assertArrayEquals(seal().getDerEncoded(), back.getDerEncoded());
    }

    @Test
    void v4TbsSignAndSignatureWithExtensionsAndTimestamp() throws IOException {
        ExtensionDatas ext = new ExtensionDatas(List.of(new ExtData(new ASN1ObjectIdentifier("1.2.5"), false,
                new byte[] {5})));
        TBSSign tbs = new TBSSign(seal(), START, new byte[32], "/Doc_0/Signs/Sign_0/Signature.xml", ext);
        TBSSign tbsBack = roundTrip(tbs, TBSSign::getInstance);
        assertEquals(START, tbsBack.getTimeInfo());
        assertEquals(1, tbsBack.getExtDatas().getExtensions().size());
        SESSignature signature = new SESSignature(tbs, new byte[] {0x30, 0}, SM3_SM2, new byte[64], new byte[] {1, 2});
        // the built encodings reuse the seal's DER: they must equal Bouncy Castle's own DER
        assertArrayEquals(tbs.getEncoded(ASN1Encoding.DER), tbs.getSignedEncoding());
        assertArrayEquals(signature.getEncoded(ASN1Encoding.DER), signature.getDerEncoded());
        SESSignature back = roundTrip(signature, SESSignature::getInstance);
        assertArrayEquals(signature.getDerEncoded(), back.getDerEncoded());
        assertArrayEquals(new byte[] {1, 2}, back.getTimeStamp());
        assertArrayEquals(tbs.getSignedEncoding(), back.getSignedBytes());
        assertEquals("/Doc_0/Signs/Sign_0/Signature.xml", back.getPropertyInfo());
        SESSignature plain = new SESSignature(tbs, new byte[] {1}, SM3_SM2, new byte[64], null);
        assertArrayEquals(plain.getEncoded(ASN1Encoding.DER), plain.getDerEncoded());
        TBSSign noExt = new TBSSign(seal(), START, new byte[32], "x", null);
        assertArrayEquals(noExt.getEncoded(ASN1Encoding.DER), noExt.getSignedEncoding());
        SESSignature noStamp = roundTrip(plain, SESSignature::getInstance);
        assertNull(noStamp.getTimeStamp());
    }

    @Test
    void v1SealAndSignature() throws IOException {
        SESESPropertyInfo property = SESESPropertyInfo.v1(1, "章", SESCertList.ofCertificates(List.of(new byte[] {1})),
                CREATED, START, END);
        SESSealInfo info = sealInfo(1, property);
        SESSignInfo signInfo = new SESSignInfo(new byte[] {0x30, 0}, SM3_SM2, new byte[71]);
        roundTrip(signInfo, SESSignInfo::getInstance);
        SESealV1 seal = roundTrip(new SESealV1(info, signInfo), SESealV1::getInstance);
        assertEquals(1, seal.getFormatVersion());
        assertArrayEquals(SESSignInfo.toBeSigned(info, new byte[] {0x30, 0}, SM3_SM2), seal.getMakerSignedBytes());
        TBSSignV1 tbs = new TBSSignV1(1, seal, START, new byte[32], "doc.pdf", new byte[] {0x30, 0}, SM3_SM2);
        TBSSignV1 tbsBack = roundTrip(tbs, TBSSignV1::getInstance);
        assertEquals(START, tbsBack.getTime());
        SESSignatureV1 signature = roundTrip(new SESSignatureV1(tbs, new byte[64]), SESSignatureV1::getInstance);
        assertEquals(1, signature.getFormatVersion());
        assertEquals(START, signature.getTimeInfo());
        assertArrayEquals(tbs.getSignedEncoding(), signature.getSignedBytes());
    }

    @Test
    void formatDetectsGenerationByLayout() throws IOException {
        assertTrue(SealFormat.seal(ASN1Primitive.fromByteArray(seal().getDerEncoded())) instanceof SESeal);
        SESESPropertyInfo property = SESESPropertyInfo.v1(1, "章", SESCertList.ofCertificates(List.of()),
                CREATED, START, END);
        SESealV1 v1 = new SESealV1(sealInfo(1, property), new SESSignInfo(new byte[1], SM3_SM2, new byte[1]));
        assertTrue(SealFormat.seal(ASN1Primitive.fromByteArray(v1.getDerEncoded())) instanceof SESealV1);
    }
}
