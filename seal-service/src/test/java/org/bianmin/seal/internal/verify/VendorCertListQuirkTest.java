package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.SESSealInfo;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.format.TBSSign;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;

/**
 * A vendor seal whose certList holds strings where certificates belong (seen in GM/T 0031 files):
 * the malformed field is named with its offset, and every check that does not depend on it still
 * runs — the signing signature, the data hash, the maker's signature — while SIGNER_AUTHORIZED says
 * what the readable entries allow.
 */
class VendorCertListQuirkTest {
    private static final TestSeals PKI = new TestSeals();
    private static final byte[] DOC = "泸定县 准予许可决定书".getBytes(StandardCharsets.UTF_8);

    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy trusted = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    /** The default seal with its certList replaced by {@code entries}, then signed by the maker as it is. */
    private static SESeal sealListing(ASN1Encodable... entries) {
        ASN1Sequence info = ASN1Sequence.getInstance(PKI.seal().getSealInfo().toASN1Primitive());
        ASN1Sequence property = ASN1Sequence.getInstance(info.getObjectAt(2));
        ASN1EncodableVector p = new ASN1EncodableVector();
        for (int i = 0; i < property.size(); i++) {
            p.add(i == 3 ? new DERSequence(entries) : property.getObjectAt(i));
        }
        ASN1EncodableVector s = new ASN1EncodableVector();
        for (int i = 0; i < info.size(); i++) {
            s.add(i == 2 ? new DERSequence(p) : info.getObjectAt(i));
        }
        SESSealInfo quirky = SESSealInfo.getInstance(new DERSequence(s));
        return new SESeal(quirky, PKI.maker.certificate(), TestSeals.SM3_SM2,
                PKI.maker.sign(quirky.getSignedEncoding()));
    }

    private SignatureReport verify(SESeal seal) {
        TBSSign tbs = new TBSSign(seal, TestSeals.NOW.minus(1, ChronoUnit.HOURS), SmCrypto.sm3(DOC), "document", null);
        SESSignature signature = new SESSignature(tbs, PKI.signer.certificate(), TestSeals.SM3_SM2,
                PKI.signer.sign(tbs.getSignedEncoding()), null);
        return verifier.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC), trusted).signatures()
                .get(0);
    }

    @Test
    void stringsInCertListAreNamedAndEveryOtherCheckStillRuns() {
        SignatureReport r = verify(sealListing(new DERUTF8String("泸定县兴隆镇人民政府")));
        CheckOutcome format = r.check(CheckId.FORMAT).orElseThrow();
        assertEquals(CheckResult.PASSED, format.result(), format::detail);
        assertTrue(format.detail().contains("SES_Signature.toSign.eseal.eSealInfo.property.certList.cert[0]: a UTF8String"),
                format::detail);
        assertTrue(format.detail().matches("(?s).*at byte offset \\d+.*"), format::detail);
        for (CheckId id : List.of(CheckId.SIGNATURE_INTACT, CheckId.DATA_INTACT, CheckId.SEAL_INTACT,
                CheckId.SIGNER_CHAIN, CheckId.SEAL_MAKER_CHAIN)) {
            assertEquals(CheckResult.PASSED, r.check(id).orElseThrow().result(), id::name);
        }
        CheckOutcome authorized = r.check(CheckId.SIGNER_AUTHORIZED).orElseThrow();
        assertEquals(CheckResult.INDETERMINATE, authorized.result());
        assertEquals("authorized.unreadable", authorized.messageKey());
        assertEquals(Indication.INDETERMINATE, r.indication());
        assertEquals(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, r.subIndication());
    }

    /** A readable entry that is the signer settles the question, whatever else the list holds. */
    @Test
    void theSignerAmongTheReadableEntriesPasses() {
        SignatureReport r = verify(sealListing(new DERUTF8String("第一签章人"),
                new DEROctetString(PKI.signer.certificate())));
        assertEquals(CheckResult.PASSED, r.check(CheckId.SIGNER_AUTHORIZED).orElseThrow().result());
        assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
    }

    /** The offset in the note is where the string is: the bytes there are a UTF8String tag. */
    @Test
    void theOffsetPointsAtTheString() {
        SESeal seal = sealListing(new DERUTF8String("某某"));
        TBSSign tbs = new TBSSign(seal, TestSeals.NOW, SmCrypto.sm3(DOC), "document", null);
        byte[] der = new SESSignature(tbs, PKI.signer.certificate(), TestSeals.SM3_SM2,
                PKI.signer.sign(tbs.getSignedEncoding()), null).getDerEncoded();
        String detail = verifier.verifyDetached(der, new ByteArrayInputStream(DOC), trusted).signatures().get(0)
                .check(CheckId.FORMAT).orElseThrow().detail();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at byte offset (\\d+)").matcher(detail);
        assertTrue(m.find(), detail);
        int offset = Integer.parseInt(m.group(1));
        assertEquals(0x0C, der[offset], "UTF8String tag at the offset named");
        assertEquals("某某", new String(der, offset + 2, der[offset + 1], StandardCharsets.UTF_8));
    }
}
