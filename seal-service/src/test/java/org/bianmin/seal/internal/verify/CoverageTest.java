package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.Vectors;
import org.junit.jupiter.api.Test;

/**
 * DATA_COVERAGE: what a viewer draws must be what the signature protects. A signature whose
 * References leave out parts of the shared invoice lets those parts change after signing with
 * every hash intact; the check names them.
 */
class CoverageTest {
    private static final TestSeals PKI = new TestSeals();
    private static final List<String> VIEWER_PARTS = SealedInvoice.VIEWER_PARTS;
    private static final List<String> OTHER = SealedInvoice.OTHER;

    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy trusted = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    private static byte[] sealed(List<String> covered, String changed, byte[] replacement) throws Exception {
        return SealedInvoice.sealed(PKI, covered, changed, replacement);
    }

    private static List<String> without(String... left) {
        List<String> covered = new ArrayList<>(VIEWER_PARTS);
        covered.removeAll(List.of(left));
        covered.addAll(OTHER);
        return covered;
    }

    private SignatureReport verify(byte[] ofd, ValidationPolicy policy) {
        return verifier.verifyOfd(ofd, policy).signatures().get(0);
    }

    @Test
    void theVendorInvoiceCoversEverythingItDraws() {
        SignatureReport s = verify(Vectors.file("1.ofd"), ValidationPolicy.defaults());
        CheckOutcome coverage = s.check(CheckId.DATA_COVERAGE).orElseThrow();
        assertEquals(CheckResult.PASSED, coverage.result(), coverage::detail);
        assertEquals(List.of(String.valueOf(VIEWER_PARTS.size())), coverage.arguments());
    }

    @Test
    void aFullyCoveredSealPasses() throws Exception {
        SignatureReport s = verify(sealed(without(), null, null), trusted);
        assertEquals(Indication.TOTAL_PASSED, s.indication(), s.checks()::toString);
    }

    /**
     * The seal leaves the annotations out; afterwards an annotation is rewritten to draw a mark over the
     * page. Every hash still matches, and a viewer shows the mark beside the seal.
     */
    @Test
    void anAnnotationChangedAfterSigningIsNamed() throws Exception {
        byte[] mark = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:PageAnnot xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                + "<ofd:Annot Type=\"Stamp\" ID=\"91\"><ofd:Appearance Boundary=\"10 10 80 20\"><ofd:TextObject ID=\"92\" "
                + "Boundary=\"0 0 80 20\" Font=\"63\" Size=\"8\"><ofd:TextCode X=\"0\" Y=\"8\">已作废</ofd:TextCode>"
                + "</ofd:TextObject></ofd:Appearance></ofd:Annot></ofd:PageAnnot>").getBytes(StandardCharsets.UTF_8);
        byte[] ofd = sealed(without("Doc_0/Annots/Annotations.xml", "Doc_0/Annots/Page_0/Annotation.xml"),
                "Doc_0/Annots/Page_0/Annotation.xml", mark);
        SignatureReport s = verify(ofd, trusted);
        assertEquals(CheckResult.PASSED, s.check(CheckId.DATA_INTACT).orElseThrow().result(), "every hash matches");
        CheckOutcome coverage = s.check(CheckId.DATA_COVERAGE).orElseThrow();
        assertEquals(CheckResult.FAILED, coverage.result());
        assertEquals("coverage.annotations", coverage.messageKey());
        assertEquals("/Doc_0/Annots/Annotations.xml, /Doc_0/Annots/Page_0/Annotation.xml",
                coverage.arguments().get(0));
        assertEquals(Indication.TOTAL_FAILED, s.indication());
        assertEquals(SubIndication.UNSIGNED_CONTENT, s.subIndication());
    }

    /** The seal leaves the page's image out; the image is swapped after signing. */
    @Test
    void anUnprotectedImageIsNamedAndThePolicyDecidesWhatThatMeans() throws Exception {
        byte[] ofd = sealed(without("Doc_0/Res/image_78.jb2"), "Doc_0/Res/image_78.jb2", new byte[] {1, 2, 3});
        SignatureReport strict = verify(ofd, trusted);
        CheckOutcome coverage = strict.check(CheckId.DATA_COVERAGE).orElseThrow();
        assertEquals("coverage.unprotected", coverage.messageKey());
        assertEquals(List.of("/Doc_0/Res/image_78.jb2"), coverage.arguments());
        assertEquals(Indication.TOTAL_FAILED, strict.indication());

        SignatureReport lenient = verify(ofd, trusted.withSeverity(CheckId.DATA_COVERAGE, CheckSeverity.WARN));
        assertEquals(CheckResult.FAILED, lenient.check(CheckId.DATA_COVERAGE).orElseThrow().result(),
                "the finding stays, only its weight changes");
        assertEquals(Indication.TOTAL_PASSED, lenient.indication(), lenient.checks()::toString);
    }

    /**
     * A file that no viewer draws (a custom tag) is not a part, so changing it is no coverage finding;
     * its Reference still protects it, so DATA_INTACT names it.
     */
    @Test
    void aFileNoViewerReadsIsNotAPart() throws Exception {
        byte[] ofd = OfdMutator.replaceEntry(sealed(without(), null, null), "Doc_0/Tags/CustomTag.xml",
                old -> "<changed/>".getBytes(StandardCharsets.UTF_8));
        SignatureReport s = verify(ofd, trusted);
        assertEquals(CheckResult.PASSED, s.check(CheckId.DATA_COVERAGE).orElseThrow().result());
        assertTrue(s.check(CheckId.DATA_INTACT).orElseThrow().detail().contains("CustomTag.xml"),
                "a referenced file that is not drawn is still protected by its hash");
    }
}
