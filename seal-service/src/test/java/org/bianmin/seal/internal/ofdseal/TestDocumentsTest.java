package org.bianmin.seal.internal.ofdseal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.OfdPaths;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.ViewerParts;
import org.bianmin.seal.internal.ofd.XmlElement;
import org.junit.jupiter.api.Test;

/** The ofdrw-made fixtures open in our OFD reader, with the pages and the text they promise. */
class TestDocumentsTest {

    /** A document as our reader sees it: its Document.xml and the text of each page, in page order. */
    private record Read(XmlElement document, List<String> pages) {
    }

    private static Read read(byte[] ofd) throws OfdFormatException {
        OfdPackage pkg = OfdPackage.read(ofd, OfdLimits.DEFAULT);
        XmlElement root = SafeXml.parse(pkg.entry("OFD.xml"), "OFD.xml");
        XmlElement body = root.child("DocBody");
        assertNotNull(body, "OFD.xml has no DocBody");
        String documentPath = OfdPaths.resolve("", body.childText("DocRoot"));
        XmlElement document = SafeXml.parse(pkg.entry(documentPath), documentPath);
        ViewerParts parts = ViewerParts.of(pkg, documentPath, document);
        List<String> pages = new ArrayList<>();
        for (XmlElement page : document.child("Pages").children("Page")) {
            String path = OfdPaths.resolve(OfdPaths.directory(documentPath), page.attribute("BaseLoc"));
            assertTrue(parts.files().contains(path), path + " is not among the viewer's parts " + parts.files());
            StringBuilder text = new StringBuilder();
            collectText(SafeXml.parse(pkg.entry(path), path), text);
            pages.add(text.toString());
        }
        assertFalse(parts.files().stream().anyMatch(f -> f.contains("Sign")), "an unsigned fixture has signature files");
        return new Read(document, pages);
    }

    private static void collectText(XmlElement e, StringBuilder text) {
        if (e.name().equals("TextCode") && e.text() != null) {
            text.append(e.text()).append('\n');
        }
        e.children().forEach(c -> collectText(c, text));
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theApprovalNoticeIsOneA4PageNamingTheUnitTwiceAndTheKeywordOnce() throws Exception {
        Read notice = read(TestDocuments.approvalNotice());
        assertEquals(1, notice.pages().size());
        assertEquals("0 0 210 297", notice.document().child("CommonData").child("PageArea")
                .childText("PhysicalBox").trim().replaceAll("\\.0\\b", ""));
        String text = notice.pages().get(0);
        assertEquals(2, occurrences(text, "泸定县冷碛镇人民政府"), text);
        assertEquals(1, occurrences(text, "盖章处"), text);
        assertTrue(text.contains("准予行政许可决定书"), text);
    }

    @Test
    void threePagesAreThreeA4PagesInOrder() throws Exception {
        Read three = read(TestDocuments.threePages());
        assertEquals(3, three.pages().size());
        for (int n = 1; n <= 3; n++) {
            String page = three.pages().get(n - 1);
            assertTrue(page.contains(n + " 页，共 3 页"), page);
        }
    }

    /** The keyword is written where {@link TestDocuments#SEAL_HERE_BOX} says: bottom right of the page. */
    @Test
    void theKeywordSitsInTheBottomRightOfThePage() throws Exception {
        byte[] ofd = TestDocuments.approvalNotice();
        OfdPackage pkg = OfdPackage.read(ofd, OfdLimits.DEFAULT);
        XmlElement page = SafeXml.parse(pkg.entry("Doc_0/Pages/Page_0/Content.xml"), "page");
        List<double[]> boxes = new ArrayList<>();
        findTextBoxes(page, "盖章处", boxes);
        assertEquals(1, boxes.size());
        double[] box = boxes.get(0);
        assertTrue(box[0] >= 105 && box[1] >= 297 * 0.75, "x " + box[0] + ", y " + box[1]);
        assertEquals(150, box[0], 0.5);
        assertEquals(250, box[1], 8);
    }

    private static void findTextBoxes(XmlElement e, String word, List<double[]> boxes) {
        if (e.name().equals("TextObject")) {
            XmlElement code = e.child("TextCode");
            if (code != null && code.text() != null && code.text().contains(word)) {
                String[] b = e.attribute("Boundary").trim().split("\\s+");
                boxes.add(new double[] {Double.parseDouble(b[0]), Double.parseDouble(b[1])});
            }
        }
        e.children().forEach(c -> findTextBoxes(c, word, boxes));
    }
}
