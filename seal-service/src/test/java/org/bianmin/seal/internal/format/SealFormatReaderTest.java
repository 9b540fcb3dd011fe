package org.bianmin.seal.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.junit.jupiter.api.Test;

/** What the lenient reader accepts, and that every refusal names the field and the byte offset. */
class SealFormatReaderTest {
    private static BianminException refused(byte[] bytes) {
        BianminException e = assertThrows(BianminException.class, () -> SealFormatReader.readSignature(bytes));
        assertEquals(ErrorCode.SEAL_FORMAT_INVALID, e.code());
        return e;
    }

    private static byte[] vendor() {
        return Vectors.signedValue("1.ofd");
    }

    @Test
    void wrongHeaderIdNamesFieldAndOffset() {
        byte[] dat = vendor();
        dat[21 + 2] = 'X'; // SES_Header.id "ES" at offset 21
        BianminException e = refused(dat);
        assertEquals("SES_Signature.toSign.eseal.eSealInfo.header.id: must be \"ES\", found \"XS\" (at byte offset 21)",
                e.getMessage());
    }

    @Test
    void wrongTbsVersion() {
        byte[] dat = vendor();
        dat[8 + 2] = 5; // TBS_Sign.version at offset 8
        assertEquals("SES_Signature.toSign.version: must be 4, found 5 (at byte offset 8)", refused(dat).getMessage());
    }

    @Test
    void wrongTypeWhereAnOidBelongs() {
        byte[] dat = vendor();
        dat[6343] = 0x04; // signatureAlgID OBJECT IDENTIFIER → OCTET STRING
        BianminException e = refused(dat);
        assertTrue(e.getMessage().startsWith("SES_Signature.signatureAlgID: expected OBJECT IDENTIFIER"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(at byte offset 6343)"), e.getMessage());
    }

    @Test
    void truncatedFileNamesWhereTheLengthOverruns() {
        BianminException e = refused(Arrays.copyOf(vendor(), 3000));
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
        assertTrue(e.getMessage().contains("(at byte offset 1)"), e.getMessage());
    }

    @Test
    void hugeLengthIsRefusedWithoutAllocating() {
        BianminException e = refused(new byte[] {0x30, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0});
        assertTrue(e.getMessage().contains("exceeds the 1 bytes available"), e.getMessage());
    }

    @Test
    void indefiniteLengthIsNotDer() {
        assertTrue(refused(new byte[] {0x30, (byte) 0x80, 0, 0}).getMessage()
                .contains("indefinite length is not DER (at byte offset 1)"));
    }

    @Test
    void nonMinimalLengthIsNotDer() {
        assertTrue(refused(new byte[] {0x30, (byte) 0x81, 0x01, 0x05}).getMessage().contains("shortest form"));
    }

    @Test
    void deepNestingIsBounded() {
        // properly nested short-form sequences, 40 deep
        byte[] deep = new byte[80];
        for (int i = 0; i < 40; i++) {
            deep[2 * i] = 0x30;
            deep[2 * i + 1] = (byte) (78 - 2 * i);
        }
        assertTrue(refused(deep).getMessage().contains("nesting deeper than 32 levels"));
    }

    @Test
    void notASequence() {
        assertEquals("SES_Signature: expected a SEQUENCE (tag 0x30), found tag 0x4 (at byte offset 0)",
                refused(new byte[] {0x04, 0x00}).getMessage());
    }

    @Test
    void emptyAndOversizeInput() {
        assertEquals("SES_Signature: no data (at byte offset 0)", refused(new byte[0]).getMessage());
        assertTrue(refused(new byte[SealFormatReader.MAX_INPUT + 1]).getMessage().contains("more than"));
    }

    @Test
    void wrongElementCount() {
        byte[] three = Asn1Fields.der(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1Integer(1), new ASN1Integer(2), new ASN1Integer(3)}));
        assertEquals("SES_Signature: must have 4 or 5 elements (GB/T 38540) or 2 (GM/T 0031), found 3 (at byte offset 0)",
                refused(three).getMessage());
    }

    @Test
    void sealWithWrongCertListType() {
        SESeal seal = SealStructuresRoundTripTest.seal();
        byte[] der = seal.getDerEncoded();
        // certListType is the third INTEGER 01 of property info: find "02 01 01" after the UTF8 name
        int property = indexOf(der, new byte[] {0x02, 0x01, 0x01, 0x0C}) ; // type, then name
        int name = property + 3;
        int certListType = name + 2 + (der[name + 1] & 0xFF);
        assertEquals(0x02, der[certListType]);
        der[certListType + 2] = 3;
        BianminException e = assertThrows(BianminException.class, () -> SealFormatReader.readSeal(der));
        assertEquals(ErrorCode.SEAL_FORMAT_INVALID, e.code());
        assertEquals("SESeal.eSealInfo.property.certListType: must be 1 or 2, found 3 (at byte offset "
                + certListType + ")", e.getMessage());
    }

    @Test
    void tbsSignExtensionsImplicitlyTaggedAreRead() {
        ASN1EncodableVector tbs = new ASN1EncodableVector();
        tbs.add(new ASN1Integer(4));
        tbs.add(SealStructuresRoundTripTest.seal());
        tbs.add(Asn1Times.generalized(SealStructuresRoundTripTest.START));
        tbs.add(new org.bouncycastle.asn1.DERBitString(new byte[32]));
        tbs.add(new DERIA5String("x"));
        ExtData ext = new ExtData(new ASN1ObjectIdentifier("1.2.9"), false, new byte[] {1});
        tbs.add(new DERTaggedObject(false, 0, new DERSequence(ext)));
        TBSSign read = TBSSign.getInstance(new DERSequence(tbs));
        assertEquals(List.of("1.2.9"), read.getExtDatas().getExtensions().stream().map(x -> x.getExtnId().getId()).toList());
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
