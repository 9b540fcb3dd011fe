package org.bianmin.seal.internal.ofdseal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.bianmin.seal.internal.verify.OfdMutator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofdrw.sign.verify.exceptions.DocNotSignException;
import org.ofdrw.sign.verify.exceptions.FileIntegrityException;

/** ofdrw seals a document made by ofdrw-layout, and ofdrw's verifier and renderer judge the result. */
class OfdrwSigningTest {
    private static final double PPM = 4;
    private static final double[] BOX = {145, 225, 40, 40};
    private static final OfdrwSigning OFDRW = new OfdrwSigning();
    private static byte[] sealed;

    @BeforeAll
    static void seal() {
        sealed = OFDRW.sign(TestDocuments.approvalNotice(), 1, BOX[0], BOX[1], BOX[2], BOX[3]);
    }

    @Test
    void ofdrwsVerifierAcceptsOfdrwsSealOnTheApprovalNotice() {
        List<IndependentOfd.Outcome> outcomes = IndependentOfd.verify(sealed);
        assertEquals(1, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.get(0).passed(), outcomes::toString);
        assertNotNull(IndependentOfd.entry(sealed, "Doc_0/Signs/Sign_0/Seal.esl"), "ofdrw writes Seal.esl");
        assertTrue(Arrays.equals(OFDRW.seal(), IndependentOfd.entry(sealed, "Doc_0/Signs/Sign_0/Seal.esl")),
                "Seal.esl is the seal given to ofdrw");
    }

    @Test
    void aChangedPageByteBreaksIt() throws Exception {
        byte[] tampered = Tampered.oneByteChanged(sealed, "Doc_0/Pages/Page_0/Content.xml");
        IndependentOfd.Outcome outcome = IndependentOfd.verify(tampered).get(0);
        assertTrue(outcome.failedWith(FileIntegrityException.class), outcome::toString);
    }

    /** The seal picture (one red pixel, scaled) covers the stamp box and nothing else is red. */
    @Test
    void theStampIsDrawnInItsBox() {
        BufferedImage page = IndependentOfd.renderPage(sealed, 0, PPM);
        Rectangle box = IndependentOfd.toPixels(BOX[0], BOX[1], BOX[2], BOX[3], PPM);
        Rectangle red = IndependentOfd.redBounds(page);
        assertNotNull(red, "no red on the page");
        Rectangle tolerance = new Rectangle(box);
        tolerance.grow(2, 2);
        assertTrue(tolerance.contains(red), () -> "red at " + red + ", the box is " + box);
        assertTrue(IndependentOfd.redPixels(page, box) > box.width * box.height / 2,
                () -> IndependentOfd.redPixels(page, box) + " red pixels in " + box);
    }

    @Test
    void theUnsealedNoticeHasNoRed() {
        assertEquals(null, IndependentOfd.redBounds(IndependentOfd.renderPage(TestDocuments.approvalNotice(), 0, PPM)));
        IndependentOfd.Outcome unsigned = IndependentOfd.verify(TestDocuments.approvalNotice()).get(0);
        assertTrue(unsigned.failedWith(DocNotSignException.class), unsigned::toString);
    }

    /** The other way round: our verifier on ofdrw's sealing, with the test PKI's root trusted. */
    @Test
    void ourVerifierAcceptsOfdrwsSeal() {
        VerificationReport report = DefaultSealVerifier.standalone().verifyOfd(sealed,
                ValidationPolicy.defaults().withTrustAnchors(List.of(OFDRW.pki().root.certificate())));
        assertEquals(1, report.signatures().size());
        SignatureReport s = report.signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, s.indication(), s.checks()::toString);
    }

    /**
     * Sealed twice, each signature is judged on its own: a broken second signature does not hide that
     * the first still holds (ofdrw alone would stop at the first failure).
     */
    @Test
    void eachOfTwoSealsIsJudgedOnItsOwn() throws Exception {
        byte[] twice = OFDRW.sign(sealed, 1, 20, 225, 40, 40);
        List<IndependentOfd.Outcome> both = IndependentOfd.verify(twice);
        assertEquals(2, both.size(), both::toString);
        assertTrue(both.stream().allMatch(IndependentOfd.Outcome::passed), both::toString);

        byte[] secondBroken = OfdMutator.replaceEntry(twice, "Doc_0/Signs/Sign_1/SignedValue.dat", value -> {
            byte[] changed = value.clone();
            changed[changed.length - 5] ^= 0x01;
            return changed;
        });
        List<IndependentOfd.Outcome> outcomes = IndependentOfd.verify(secondBroken);
        assertEquals(2, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.get(0).passed(), outcomes::toString);
        assertFalse(outcomes.get(1).passed(), outcomes::toString);
        assertEquals("/Doc_0/Signs/Sign_1/Signature.xml", outcomes.get(1).baseLoc());
    }
}
