package org.bianmin.seal.internal.ofdseal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.verify.OfdMutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofdrw.sign.verify.exceptions.FileIntegrityException;
import org.ofdrw.sign.verify.exceptions.InvalidSignedValueException;
import org.w3c.dom.Element;

/** ofdrw's verifier and renderer on the vendor samples (e-invoices sealed by a GOMAIN system). */
class IndependentOfdVendorTest {
    private static final String PAGE = "Doc_0/Pages/Page_0/Content.xml";
    private static final String SIGNATURE = "Doc_0/Signs/Sign_0/Signature.xml";
    private static final double PPM = 8;

    @ParameterizedTest
    @ValueSource(strings = {"1.ofd", "v4signed.ofd"})
    void ofdrwAcceptsEveryVendorSignature(String file) {
        List<IndependentOfd.Outcome> outcomes = IndependentOfd.verify(Vectors.file(file));
        assertEquals(1, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.get(0).passed(), outcomes::toString);
        assertEquals("/Doc_0/Signs/Sign_0/Signature.xml", outcomes.get(0).baseLoc());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.ofd", "v4signed.ofd"})
    void ofdrwRejectsOneChangedByteOfThePageContent(String file) throws Exception {
        byte[] tampered = Tampered.oneByteChanged(Vectors.file(file), PAGE);
        IndependentOfd.Outcome outcome = IndependentOfd.verify(tampered).get(0);
        assertFalse(outcome.passed(), outcome::toString);
        assertTrue(outcome.failedWith(FileIntegrityException.class), outcome::toString);
        assertTrue(outcome.failure().contains("/Doc_0/Pages/Page_0/Content.xml"), outcome::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.ofd", "v4signed.ofd"})
    void ofdrwRejectsAChangedSignatureXml(String file) throws Exception {
        byte[] tampered = OfdMutator.replaceEntry(Vectors.file(file), SIGNATURE,
                xml -> new String(xml, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("PageRef=\"1\"", "PageRef=\"1\" ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IndependentOfd.Outcome outcome = IndependentOfd.verify(tampered).get(0);
        assertTrue(outcome.failedWith(InvalidSignedValueException.class), outcome::toString);
    }

    @Test
    void theInvoiceSealIsDrawnRedWhereItsStampAnnotBoundarySays() {
        byte[] ofd = Vectors.file("1.ofd");
        Element stamp = (Element) IndependentOfd.parse(IndependentOfd.entry(ofd, SIGNATURE))
                .getElementsByTagNameNS("http://www.ofdspec.org/2016", "StampAnnot").item(0);
        assertNotNull(stamp);
        assertEquals("1", stamp.getAttribute("PageRef"));
        double[] box = Arrays.stream(stamp.getAttribute("Boundary").trim().split("\\s+"))
                .mapToDouble(Double::parseDouble).toArray();
        Rectangle boundary = IndependentOfd.toPixels(box[0], box[1], box[2], box[3], PPM);

        BufferedImage page = IndependentOfd.renderPage(ofd, 0, PPM);

        int inside = IndependentOfd.redPixels(page, boundary);
        assertTrue(inside > boundary.width * boundary.height / 20,
                () -> inside + " red pixels in " + boundary + " of " + boundary.width * boundary.height);
        Rectangle red = IndependentOfd.redBounds(page);
        Rectangle tolerance = new Rectangle(boundary);
        tolerance.grow(2, 2);
        assertTrue(tolerance.contains(red), () -> "red pixels at " + red + ", the boundary is " + boundary);
    }

    /**
     * v4signed.ofd names its template page "TPLS/Tpl_0/Content.xml" while the file is Doc_0/Tpls/…: a
     * viewer on a case-insensitive file system finds it, ofdrw (reading from a zip unpacked on Linux)
     * does not and draws nothing. Its signature does not protect Document.xml's spelling away: the
     * signature still verifies (above), only rendering fails.
     */
    @Test
    void ofdrwCannotRenderV4signedBecauseItsTemplatePathIsMisspelled() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> IndependentOfd.renderPage(Vectors.file("v4signed.ofd"), 0, PPM));
        assertTrue(String.valueOf(e.getMessage()).contains("TPLS/Tpl_0"), e::toString);
    }
}
