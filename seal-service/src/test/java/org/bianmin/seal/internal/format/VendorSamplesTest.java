package org.bianmin.seal.internal.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shared vendor samples (ofdrw, Apache-2.0) parse, and keep the bytes their signers signed. */
class VendorSamplesTest {
    @Test
    void taxBureauInvoiceSignature() {
        byte[] dat = Vectors.signedValue("1.ofd");
        SESSignature signature = (SESSignature) SealFormatReader.readSignature(dat);
        assertEquals(4, signature.getFormatVersion());
        assertEquals("/Doc_0/Signs/Sign_0/Signature.xml", signature.getPropertyInfo());
        assertEquals(Instant.parse("2020-07-23T13:09:07Z"), signature.getTimeInfo());
        assertEquals(32, signature.getDataHash().length);
        SESeal seal = (SESeal) signature.getSeal();
        assertEquals("33010600000001", seal.getSealInfo().getEsId());
        assertEquals("GOMAIN", seal.getSealInfo().getHeader().getVid());
        assertEquals("国家税务总局浙江省税务局", seal.getSealInfo().getProperty().getName());
        assertEquals(1, seal.getSealInfo().getProperty().getCertListType());
        assertEquals("ofd", seal.getSealInfo().getPicture().getType());
        assertEquals(30, seal.getSealInfo().getPicture().getWidth());
        assertEquals(20, seal.getSealInfo().getPicture().getHeight());
        // the vendor wrote critical FALSE explicitly: the signed bytes are the ones read, not DER
        assertTrue(seal.getSealInfo().getExtDatas().getExtensions().get(0).getExtnId().getId()
                .startsWith("1.2.156.10197.6.7"));
        assertArrayEquals(Arrays.copyOfRange(dat, 15, 15 + 4 + 3834), seal.getMakerSignedBytes());
        assertArrayEquals(Arrays.copyOfRange(dat, 4, 4 + 4 + 5113), signature.getSignedBytes());
        assertFalse(Arrays.equals(seal.getMakerSignedBytes(), Asn1Fields.der(seal.getSealInfo())));
    }

    @Test
    void gomainTestSealSignature() {
        SESSignature signature = (SESSignature) SealFormatReader.readSignature(Vectors.signedValue("v4signed.ofd"));
        assertEquals("50011200000399", signature.getSeal().getSealInfo().getEsId());
        assertEquals(Instant.parse("2020-10-10T07:11:20Z"), signature.getTimeInfo());
        assertEquals(SealFormat.SM3_WITH_SM2, signature.getSignatureAlgorithm());
    }

    @Test
    void standaloneV4Seal() {
        ElectronicSeal seal = SealFormatReader.readSeal(Vectors.file("UserV4.esl"));
        assertTrue(seal instanceof SESeal);
        assertEquals("OFD R&W 测试用印章", seal.getSealInfo().getProperty().getName());
        assertEquals("PNG", seal.getSealInfo().getPicture().getType());
        assertEquals(40, seal.getSealInfo().getPicture().getWidth());
        assertEquals(Instant.parse("2022-04-22T02:09:00Z"), seal.getSealInfo().getProperty().getValidEnd());
        assertEquals(1, seal.getSealInfo().getProperty().getCertList().getCertificates().size());
    }

    @Test
    void standaloneV1Seal() {
        byte[] esl = Vectors.file("UserV1.esl");
        ElectronicSeal seal = SealFormatReader.readSeal(esl);
        assertTrue(seal instanceof SESealV1);
        assertEquals(1, seal.getSealInfo().getHeader().getVersion());
        assertTrue(seal.getSealInfo().getProperty().isV1());
        assertEquals(Instant.parse("2022-04-22T02:18:07Z"), seal.getSealInfo().getProperty().getValidEnd());
        // the maker signed SEQUENCE { sealInfo, cert, signatureAlgorithm }: the same bytes as in the file
        byte[] signed = seal.getMakerSignedBytes();
        byte[] info = Arrays.copyOfRange(esl, 4, 4 + 4 + 16377);
        byte[] certAndAlg = Arrays.copyOfRange(esl, 16389, 16929);
        assertArrayEquals(info, Arrays.copyOfRange(signed, signed.length - info.length - certAndAlg.length,
                signed.length - certAndAlg.length));
        assertArrayEquals(certAndAlg, Arrays.copyOfRange(signed, signed.length - certAndAlg.length, signed.length));
    }

    @Test
    void vendorTrailerAfterTheDerIsIgnored() {
        byte[] dat = Vectors.signedValue("1.ofd");
        byte[] withTrailer = Arrays.copyOf(dat, dat.length + 5);
        SealFormatReader.Read<ElectronicSignature> read = SealFormatReader.readSignatureDetailed(withTrailer);
        assertEquals(dat.length, read.encodedLength());
        assertEquals(5, read.trailingBytes());
    }
}
