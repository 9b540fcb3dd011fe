package org.bianmin.seal.internal.ofdseal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bianmin.seal.internal.verify.OfdMutator;
import org.ofdrw.converter.ImageMaker;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A second opinion on OFD documents (版式文档, GB/T 33190-2016) from ofdrw 2.3.1, an implementation
 * that is not ours: its signature verifier, and its page renderer, which draws the seal pictures of
 * the stamp annotations (签章外观, §18.2.3) the way an OFD reader does. Tests use it to prove that
 * what the seal service writes is accepted, and drawn, by someone else's code.
 *
 * <h2>What ofdrw's verifier checks</h2>
 * {@link OFDValidator#exeValidate()} with {@link SESV4ValidateContainer} (GB/T 38540 v4 SES_Signature;
 * ofdrw 2.3.1 has no class called GBT38540SignatureVerifyContainer), for each signature listed in the
 * default document's signature list (the first DocBody only), in list order, stopping at the first
 * failure:
 * <ol>
 * <li>every {@code Reference}'s file is hashed with the {@code CheckMethod} digest (looked up by name or
 * OID in Bouncy Castle) and compared with its {@code CheckValue}
 * ({@code FileIntegrityException}). Which files are referenced is not checked: a page left out of the
 * references, or a file added after signing, goes unnoticed;</li>
 * <li>for a seal signature ({@code Type} absent or {@code Seal}) that has a {@code Seal} element, the
 * Seal.esl file must equal, byte for byte, the DER re-encoding of the seal inside SignedValue.dat
 * ({@code GeneralSecurityException} "印章(Seal.esl)与电子签章数据…不匹配");</li>
 * <li>SM3 of Signature.xml must equal {@code TBS_Sign.dataHash}, whatever the {@code SignatureMethod}
 * says ({@code InvalidSignedValueException} "Signature.xml 文件被篡改");</li>
 * <li>the signature value must verify, with the algorithm named by {@code signatureAlgID} and the public
 * key of the certificate in {@code SES_Signature.cert}, over the DER <em>re-encoding</em> of
 * {@code TBS_Sign} by ofdrw's own ASN.1 classes (so a TBS_Sign that is not DER fails here) and with
 * Bouncy Castle's default SM2 user id 1234567812345678 ({@code InvalidSignedValueException}
 * "电子签章数据签名值不匹配"). A {@code Type="Sign"} signature is refused by this container
 * ({@code IllegalArgumentException}).</li>
 * </ol>
 * It checks <em>nothing</em> about certificates or the seal beyond that: no certificate path, trust
 * anchor, validity period, revocation or key usage for the signer's or the seal maker's certificate;
 * not the seal maker's signature over the seal; not that the signer's certificate is one of the seal's
 * {@code certList}; not the seal's validity period against the signing time; not the time-stamp. So
 * "ofdrw accepts" means: the files are intact and the SES_Signature is cryptographically sound for
 * the certificate it carries. Trust and seal authority remain our verifier's job.
 *
 * <p>{@link #verify} reports each signature on its own rather than stopping at the first failure: for
 * a package with several signatures it runs ofdrw on a copy whose signature list names only the
 * signature at hand (every other file unchanged), unless that signature protects the list itself.
 *
 * <h2>What ofdrw's renderer draws</h2>
 * {@link ImageMaker#makePage(int)} draws the page's layers (template pages first, by ZOrder), then,
 * without any option, every {@code StampAnnot} whose {@code PageRef} is the page's ID, then the
 * annotations. The seal picture comes from the seal <em>embedded in SignedValue.dat</em>
 * ({@code TBS_Sign.eseal.esealInfo.picture}), not from Seal.esl; a picture of type "ofd" is rendered
 * as an OFD page, any other type is read with {@code ImageIO} (PNG, JPEG, GIF, BMP). The picture is
 * scaled to the {@code Boundary} (page millimetres times ppm, the {@code Clip} honoured), its white
 * background made transparent, and drawn with a multiply blend. A signature whose SignedValue.dat
 * ofdrw cannot parse, or a picture it cannot decode, is skipped silently (logged only). Text needs
 * fonts installed on the machine (fonts-arphic-uming for the CJK ones).
 *
 * <p>All of it runs in {@link IsolatedOfdrw}, with the Bouncy Castle ofdrw was built against.
 */
public final class IndependentOfd {
    private IndependentOfd() {
    }

    /**
     * ofdrw's verdict on one signature.
     *
     * @param id          the signature's ID in the signature list
     * @param baseLoc     its Signature.xml, as the list names it
     * @param failureType the class name of the exception ofdrw raised, null when it accepted the signature
     * @param failure     that exception's message (ofdrw's, in Chinese), null when accepted
     */
    public record Outcome(String id, String baseLoc, String failureType, String failure) {
        public boolean passed() {
            return failureType == null;
        }

        @Override
        public String toString() {
            return "signature " + id + " (" + baseLoc + "): "
                    + (passed() ? "accepted" : failureType + ": " + failure);
        }

        /** Whether ofdrw refused the signature with an exception of class {@code type}. */
        public boolean failedWith(Class<?> type) {
            return type.getName().equals(failureType);
        }
    }

    /**
     * Runs ofdrw's verifier on every signature of the default document of {@code ofd}.
     *
     * @return one outcome per signature in list order; a single outcome with an empty id when ofdrw
     *         finds no signature or cannot read the package at all
     */
    public static List<Outcome> verify(byte[] ofd) {
        String listPath;
        try {
            String absolute = IsolatedOfdrw.call("signatureListPath", (Object) ofd);
            listPath = absolute == null ? null : absolute.replaceFirst("^/", "");
        } catch (RuntimeException | LinkageError e) {
            return List.of(new Outcome("", "", e.getClass().getName(), e.getMessage()));
        }
        byte[] list = listPath == null ? null : entry(ofd, listPath);
        if (list == null) {
            return List.of(validate("", "", ofd));
        }
        Document listXml = parse(list);
        List<Element> entries = signatureEntries(listXml);
        if (entries.size() <= 1) {
            Element only = entries.isEmpty() ? null : entries.get(0);
            return List.of(validate(only == null ? "" : only.getAttribute("ID"),
                    only == null ? "" : only.getAttribute("BaseLoc"), ofd));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Element e : entries) {
            String id = e.getAttribute("ID");
            String baseLoc = e.getAttribute("BaseLoc");
            byte[] signatureXml = entry(ofd, resolve(listPath, baseLoc));
            boolean protectsList = signatureXml != null
                    && new String(signatureXml, StandardCharsets.UTF_8).contains("\"/" + listPath + "\"");
            outcomes.add(validate(id, baseLoc, protectsList ? ofd : narrowed(ofd, listPath, id)));
        }
        return outcomes;
    }

    private static Outcome validate(String id, String baseLoc, byte[] ofd) {
        String[] failure = IsolatedOfdrw.call("validate", (Object) ofd);
        return failure == null ? new Outcome(id, baseLoc, null, null) : new Outcome(id, baseLoc, failure[0], failure[1]);
    }

    /** {@code ofd} with a signature list that names only the signature {@code id}. */
    private static byte[] narrowed(byte[] ofd, String listPath, String id) {
        try {
            return OfdMutator.replaceEntry(ofd, listPath, bytes -> {
                Document xml = parse(bytes);
                for (Element e : signatureEntries(xml)) {
                    if (!e.getAttribute("ID").equals(id)) {
                        e.getParentNode().removeChild(e);
                    }
                }
                return serialise(xml);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> signatureEntries(Document list) {
        List<Element> entries = new ArrayList<>();
        for (Node n = list.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Signature".equals(e.getLocalName())) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static String resolve(String listPath, String baseLoc) {
        if (baseLoc.startsWith("/")) {
            return baseLoc.substring(1);
        }
        int slash = listPath.lastIndexOf('/');
        return slash < 0 ? baseLoc : listPath.substring(0, slash + 1) + baseLoc;
    }

    /**
     * Renders page {@code pageIndex} (from 0) of {@code ofd} with ofdrw's {@link ImageMaker}, stamp
     * annotations included, at {@code ppm} pixels per millimetre: the image is
     * {@code round(width × ppm)} by {@code round(height × ppm)} pixels of the page's physical box, and a
     * point (x, y) in page millimetres is at pixel (x × ppm, y × ppm).
     */
    public static BufferedImage renderPage(byte[] ofd, int pageIndex, double ppm) {
        return IsolatedOfdrw.call("renderPage", ofd, pageIndex, ppm);
    }

    /** The pixels covering the page rectangle (x, y, width, height), in millimetres, at {@code ppm}. */
    public static Rectangle toPixels(double x, double y, double width, double height, double ppm) {
        int left = (int) Math.floor(x * ppm);
        int top = (int) Math.floor(y * ppm);
        int right = (int) Math.ceil((x + width) * ppm);
        int bottom = (int) Math.ceil((y + height) * ppm);
        return new Rectangle(left, top, right - left, bottom - top);
    }

    /**
     * Whether a pixel is seal red: red strong, green and blue weak (an official seal's red, 红色印章,
     * on white, also after ofdrw's multiply blend over black text, which only darkens it).
     */
    public static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r >= 150 && g <= 110 && b <= 110 && r - Math.max(g, b) >= 80;
    }

    /** How many seal-red pixels {@code region} (clipped to the image) holds. */
    public static int redPixels(BufferedImage image, Rectangle region) {
        Rectangle r = region.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int count = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (isRed(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The smallest rectangle holding every seal-red pixel of the image, null when there is none. */
    public static Rectangle redBounds(BufferedImage image) {
        Rectangle bounds = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isRed(image.getRGB(x, y))) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return bounds;
    }

    /** One entry of a zip, null when absent. */
    static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A namespace-aware DOM of trusted test XML. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private static byte[] serialise(Document xml) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(xml), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
