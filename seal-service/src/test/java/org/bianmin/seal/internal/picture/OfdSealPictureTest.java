package org.bianmin.seal.internal.picture;

import static org.bianmin.seal.internal.picture.OfdPictures.picture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * OFD seal pictures drawn as SVG: the vendors' pictures in the shared invoices, a picture made here
 * with every kind of object, and hostile pictures refused quickly with a reason. The SVG is parsed
 * as XML and its elements counted and read; expected values are worked out from the OFD input.
 */
class OfdSealPictureTest {
    private static final String RESOURCES = "<ofd:Fonts><ofd:Font ID=\"4\" FontName=\"宋体\"/></ofd:Fonts>"
            + "<ofd:ColorSpaces><ofd:ColorSpace ID=\"5\" Type=\"RGB\" BitsPerComponent=\"8\"/></ofd:ColorSpaces>"
            + "<ofd:MultiMedias><ofd:MultiMedia ID=\"7\" Type=\"Image\" Format=\"PNG\">"
            + "<ofd:MediaFile>dot.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>";
    private static final String RED = "<ofd:%s Value=\"230 0 18\" ColorSpace=\"5\"/>";
    private static final String OWN_SEAL = ""
            // a circle of two arcs, stroked 1.2 mm
            + "<ofd:PathObject ID=\"10\" Boundary=\"0 0 40 40\" LineWidth=\"1.2\">" + RED.formatted("StrokeColor")
            + "<ofd:AbbreviatedData>M 2 20 A 18 18 0 1 0 38 20 A 18 18 0 1 0 2 20 C</ofd:AbbreviatedData>"
            + "</ofd:PathObject>"
            // a five-pointed star of radius 8 around (20, 20), filled, not stroked
            + "<ofd:PathObject ID=\"11\" Boundary=\"10 10 20 20\" Stroke=\"false\" Fill=\"true\">"
            + "<ofd:FillColor Value=\"#E6 #00 #12\" ColorSpace=\"5\"/><ofd:AbbreviatedData>S 10 2 L 14.702 16.472 "
            + "L 2.392 7.528 L 17.608 7.528 L 5.298 16.472 C</ofd:AbbreviatedData></ofd:PathObject>"
            // the purpose, 4 mm glyphs 5 mm apart
            + "<ofd:TextObject ID=\"12\" Boundary=\"0 0 40 40\" Font=\"4\" Size=\"4\">" + RED.formatted("FillColor")
            + "<ofd:TextCode X=\"10\" Y=\"32\" DeltaX=\"g 4 5\">测试专用章</ofd:TextCode></ofd:TextObject>"
            // a name turned by 30°, and text that tries to be markup
            + "<ofd:TextObject ID=\"13\" Boundary=\"0 0 40 40\" CTM=\"0.866 -0.5 0.5 0.866 0 0\" Font=\"4\" Size=\"3\">"
            + RED.formatted("FillColor") + "<ofd:TextCode X=\"4\" Y=\"14\">泸定县</ofd:TextCode></ofd:TextObject>"
            + "<ofd:TextObject ID=\"14\" Boundary=\"0 0 40 4\" Font=\"4\" Size=\"1\"><ofd:TextCode X=\"0\" Y=\"1\">"
            + "&lt;script&gt;alert(1)&lt;/script&gt;\"'</ofd:TextCode></ofd:TextObject>"
            // a 6 mm image in the centre, and an invisible path
            + "<ofd:ImageObject ID=\"15\" Boundary=\"17 17 6 6\" CTM=\"6 0 0 6 0 0\" ResourceID=\"7\"/>"
            + "<ofd:PathObject ID=\"16\" Boundary=\"0 0 40 40\" Visible=\"false\">"
            + "<ofd:AbbreviatedData>M 0 0 L 40 40</ofd:AbbreviatedData></ofd:PathObject>";

    static byte[] ownSeal() {
        Map<String, byte[]> files = OfdPictures.files("0 0 40 40", OWN_SEAL, RESOURCES);
        files.put("Doc_0/Res/dot.png", dot());
        return OfdPictures.zip(files);
    }

    @ParameterizedTest
    @CsvSource({"1.ofd, 浙江省税务局", "v4signed.ofd, 重庆市税务局"})
    void theVendorsOfdPicturesAreDrawn(String vector, String bureau) throws Exception {
        SealDetails seal = DefaultSealVerifier.standalone().verifyOfd(new ByteArrayInputStream(Vectors.file(vector)),
                ValidationPolicy.defaults()).signatures().get(0).seal();
        assertEquals("ofd", seal.pictureType());
        Element svg = parse(OfdSealPicture.svg(seal.picture(), seal.widthMm(), seal.heightMm(), "印章"));

        assertEquals("0 0 30 20", svg.getAttribute("viewBox"));
        assertEquals("30mm", svg.getAttribute("width"));
        assertEquals("20mm", svg.getAttribute("height"));
        // two ellipses (ID 23, 24), stroked red, 1 mm and 0.3 mm
        List<Element> paths = elements(svg, "path");
        assertEquals(2, paths.size());
        assertEquals(List.of("1", "0.3"), List.of(paths.get(0).getAttribute("stroke-width"),
                paths.get(1).getAttribute("stroke-width")));
        for (Element path : paths) {
            assertEquals("#ff0000", path.getAttribute("stroke"));
            assertEquals("none", path.getAttribute("fill"));
        }
        assertTrue(paths.get(0).getAttribute("d").startsWith("M 30.002 10.5018 C 30.002 15.7487 23.5102 20.0021"));
        assertTrue(paths.get(1).getAttribute("d").startsWith("M 26.9998 8.6498 C 26.9998 13.2613 21.0227 17 13.65 17"));
        // "国家税务总局" on one line, then one TextObject per glyph of the arc and of the province
        List<Element> texts = elements(svg, "text");
        assertEquals(16, texts.size());
        assertEquals("国家税务总局", texts.get(0).getTextContent());
        assertEquals("-0.3924 2.2524 4.8972 7.5419 10.1867 12.8315", texts.get(0).getAttribute("x"));
        assertEquals("2.0276 2.0276 2.0276 2.0276 2.0276 2.0276", texts.get(0).getAttribute("y"));
        StringBuilder arc = new StringBuilder();
        texts.subList(1, 16).forEach(t -> arc.append(t.getTextContent()));
        assertEquals("全国统一发票监制章" + bureau, arc.toString());
        for (Element text : texts) {
            assertEquals("#ff0000", text.getAttribute("fill"));
            assertTrue(text.getAttribute("font-family").startsWith("'楷体', KaiTi"), text.getAttribute("font-family"));
        }
        assertEquals("2.4694", texts.get(0).getAttribute("font-size"));
        // the glyph 全 (ID 6): Boundary 2.81 7.18 3 3, turned by its CTM
        Element quan = (Element) texts.get(1).getParentNode();
        assertEquals("matrix(0.3237 -0.9442 0.9342 0.3272 0 0)", quan.getAttribute("transform"));
        Element boundary = (Element) quan.getParentNode();
        assertEquals(List.of("2.81", "7.18", "3", "3", "hidden"), List.of(boundary.getAttribute("x"),
                boundary.getAttribute("y"), boundary.getAttribute("width"), boundary.getAttribute("height"),
                boundary.getAttribute("overflow")));
    }

    @Test
    void aPictureWithEveryKindOfObjectIsDrawnAsItSays() throws Exception {
        Element svg = parse(OfdSealPicture.svg(ownSeal(), 40, 40, "印章图像"));

        assertEquals("0 0 40 40", svg.getAttribute("viewBox"));
        assertEquals("印章图像", svg.getAttribute("aria-label"));
        assertEquals(6, elements(svg, "svg").size(), "one viewport per visible object");
        List<Element> paths = elements(svg, "path");
        assertEquals(2, paths.size(), "the invisible path is left out");
        Element circle = paths.get(0);
        assertEquals("M 2 20 A 18 18 0 1 0 38 20 A 18 18 0 1 0 2 20 Z", circle.getAttribute("d"));
        assertEquals("#e60012", circle.getAttribute("stroke"));
        assertEquals("1.2", circle.getAttribute("stroke-width"));
        assertEquals("none", circle.getAttribute("fill"));
        Element star = paths.get(1);
        assertEquals("M 10 2 L 14.702 16.472 L 2.392 7.528 L 17.608 7.528 L 5.298 16.472 Z", star.getAttribute("d"));
        assertEquals("#e60012", star.getAttribute("fill"));
        assertEquals("", star.getAttribute("stroke"));
        assertEquals("10", ((Element) star.getParentNode()).getAttribute("x"));

        List<Element> texts = elements(svg, "text");
        assertEquals(3, texts.size());
        assertEquals("测试专用章", texts.get(0).getTextContent());
        assertEquals("10 15 20 25 30", texts.get(0).getAttribute("x"));
        assertEquals("32 32 32 32 32", texts.get(0).getAttribute("y"));
        assertEquals("4", texts.get(0).getAttribute("font-size"));
        assertTrue(texts.get(0).getAttribute("font-family").startsWith("'宋体', SimSun"));
        assertEquals("matrix(0.866 -0.5 0.5 0.866 0 0)", ((Element) texts.get(1).getParentNode()).getAttribute("transform"));
        assertEquals("<script>alert(1)</script>\"'", texts.get(2).getTextContent(), "text, never markup");
        assertEquals("#000000", texts.get(2).getAttribute("fill"), "text is black unless coloured");
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());

        List<Element> images = elements(svg, "image");
        assertEquals(1, images.size());
        String href = images.get(0).getAttribute("href");
        assertTrue(href.startsWith("data:image/png;base64,"), href);
        assertArrayEquals(dot(), Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)));
        assertEquals("matrix(6 0 0 6 0 0)", ((Element) images.get(0).getParentNode()).getAttribute("transform"));
    }

    @Test
    void coloursInGrayAndCmykAndTheirAlphaArePaintedInRgb() throws Exception {
        String resources = "<ofd:ColorSpaces><ofd:ColorSpace ID=\"1\" Type=\"GRAY\"/>"
                + "<ofd:ColorSpace ID=\"2\" Type=\"CMYK\"/><ofd:ColorSpace ID=\"3\" Type=\"RGB\" BitsPerComponent=\"4\"/>"
                + "</ofd:ColorSpaces>";
        String objects = path("<ofd:StrokeColor Value=\"128\" ColorSpace=\"1\"/>")
                + path("<ofd:StrokeColor Value=\"0 255 255 0\" ColorSpace=\"2\" Alpha=\"51\"/>")
                + path("<ofd:StrokeColor Value=\"15 0 15\" ColorSpace=\"3\"/>")
                + path("");
        List<Element> paths = elements(parse(OfdSealPicture.svg(picture("0 0 10 10", objects, resources), 10, 10, "")),
                "path");
        assertEquals(List.of("#808080", "#ff0000", "#ff00ff", "#000000"),
                paths.stream().map(p -> p.getAttribute("stroke")).toList());
        assertEquals("0.2", paths.get(1).getAttribute("stroke-opacity"));
        assertEquals("0.353", paths.get(3).getAttribute("stroke-width"), "GB/T 33190 §8.2 default line width");
    }

    private static String path(String colour) {
        return "<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\">" + colour
                + "<ofd:AbbreviatedData>M 0 0 L 10 10</ofd:AbbreviatedData></ofd:PathObject>";
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() {
        Map<String, byte[]> files = OfdPictures.files("0 0 10 10", "", "");
        files.put("Doc_0/Pages/Page_0/Content.xml", new byte[64 << 20]);
        String reason = refused(OfdPictures.zip(files));
        assertTrue(reason.contains("inflates to more than 1048576 bytes"), reason);
    }

    @Test
    void aDoctypeIsRefused() {
        Map<String, byte[]> files = OfdPictures.files("0 0 10 10", "", "");
        files.put("Doc_0/Pages/Page_0/Content.xml", OfdPictures.utf8("<?xml version=\"1.0\"?><!DOCTYPE p ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ofd:Page " + OfdPictures.NS + ">&x;</ofd:Page>"));
        String reason = refused(OfdPictures.zip(files));
        assertTrue(reason.contains("DOCTYPE"), reason);
    }

    @Test
    void aMillionPathCommandsAreRefused() {
        String million = "<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\"><ofd:AbbreviatedData>M 0 0"
                + " C".repeat(1_000_000) + "</ofd:AbbreviatedData></ofd:PathObject>";
        String reason = refused(picture("0 0 10 10", million, ""));
        assertTrue(reason.contains("inflates to more than"), "beyond the package's bounds: " + reason);

        String hundredThousand = "<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\"><ofd:AbbreviatedData>M 0 0"
                + " C".repeat(100_000) + "</ofd:AbbreviatedData></ofd:PathObject>";
        reason = refused(picture("0 0 10 10", hundredThousand, ""));
        assertEquals("more than 50000 path commands", reason);
    }

    @Test
    void tooManyObjectsAreRefused() {
        String objects = path("").repeat(DrawingBudget.MAX_OBJECTS + 1);
        assertEquals("more than 2000 drawing objects", refused(picture("0 0 10 10", objects, "")));
        assertEquals(DrawingBudget.MAX_OBJECTS, elements(parse(svgOf(picture("0 0 10 10",
                path("").repeat(DrawingBudget.MAX_OBJECTS), ""))), "path").size(), "the bound itself is drawn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"M NaN 0", "M 0x10 0", "M 1e999 0", "M 0 0 L 1", "M 0 0 Z 1 1", "M 0 0 A 1 1 0 2 0 1 1"})
    void pathDataThatIsNotPlainNumbersIsRefused(String data) {
        String object = "<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\"><ofd:AbbreviatedData>" + data
                + "</ofd:AbbreviatedData></ofd:PathObject>";
        String reason = refused(picture("0 0 10 10", object, ""));
        assertTrue(reason.startsWith("path data"), reason);
    }

    @Test
    void aMediaFileOutsideThePackageIsRefused() {
        String resources = "<ofd:MultiMedias><ofd:MultiMedia ID=\"7\" Type=\"Image\"><ofd:MediaFile>../../../etc/passwd"
                + "</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>";
        String reason = refused(picture("0 0 10 10", "", resources));
        assertTrue(reason.contains("climbs above the package root"), reason);
    }

    @Test
    void somethingThatIsNoOfdIsRefused() {
        assertTrue(refused("PK not a zip at all".getBytes(StandardCharsets.US_ASCII)).length() > 0);
        assertTrue(refused(dot()).contains("does not start like a zip"));
    }

    private static String refused(byte[] picture) {
        return assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThrows(OfdFormatException.class,
                () -> OfdSealPicture.svg(picture, 40, 40, "")).getMessage());
    }

    private static String svgOf(byte[] picture) {
        try {
            return OfdSealPicture.svg(picture, 10, 10, "");
        } catch (OfdFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** The SVG parsed as namespace-aware XML (it must be well-formed), DTDs refused. */
    static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    svg.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals("svg", root.getLocalName());
            return root;
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    static List<Element> elements(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** A 4 × 4 px red PNG. */
    static byte[] dot() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, 0xFFE60012);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
