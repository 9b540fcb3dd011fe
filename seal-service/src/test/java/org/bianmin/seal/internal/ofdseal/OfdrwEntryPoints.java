package org.bianmin.seal.internal.ofdseal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.converter.FontLoader;
import org.ofdrw.converter.ImageMaker;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.signContainer.SESV4Container;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;

/**
 * The calls into ofdrw, run inside {@link IsolatedOfdrw}'s class loader (so against the Bouncy
 * Castle ofdrw was built for): JDK types in and out only, never a class of ours or of Bouncy Castle.
 * Public for reflection; use {@link IndependentOfd} and {@link OfdrwSigning}.
 */
public final class OfdrwEntryPoints {
    private OfdrwEntryPoints() {
    }

    /** The default document's signature list, absolute ("/Doc_0/Signs/Signatures.xml"), or null. */
    public static String signatureListPath(byte[] ofd) {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            ST_Loc loc = reader.getDefaultDocSignaturesPath();
            return loc == null ? null : loc.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link OFDValidator#exeValidate()} with {@link SESV4ValidateContainer}: null when every signature
     * of the package passes, else the class name and message of what ofdrw threw.
     */
    public static String[] validate(byte[] ofd) {
        try (OFDValidator validator = new OFDValidator(new OFDReader(new ByteArrayInputStream(ofd)))) {
            validator.setValidator(new SESV4ValidateContainer());
            validator.exeValidate();
            return null;
        } catch (Exception | LinkageError e) {
            return new String[] {e.getClass().getName(), String.valueOf(e.getMessage())};
        }
    }

    /**
     * Page {@code pageIndex} (from 0) drawn by {@link ImageMaker} at {@code ppm} pixels per millimetre.
     * ofdrw looks fonts up by name among the system's; the usual Chinese names (宋体, 楷体, 仿宋, 黑体)
     * are Windows fonts, so where AR PL UMing (Debian's fonts-arphic-uming) is installed they are
     * mapped to it, and it becomes the fallback font. Without it Chinese text is drawn as boxes: the
     * seal pictures, which are images, are drawn all the same.
     */
    public static BufferedImage renderPage(byte[] ofd, int pageIndex, double ppm) {
        CjkFont.INSTALLED.hashCode();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            return new ImageMaker(reader, ppm).makePage(pageIndex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CjkFont {
        static final Boolean INSTALLED = install();

        private static Boolean install() {
            Path uming = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
            if (!Files.isRegularFile(uming)) {
                return false;
            }
            FontLoader fonts = FontLoader.getInstance();
            for (String name : List.of("宋体", "SimSun", "楷体", "KaiTi", "仿宋", "FangSong", "黑体", "SimHei")) {
                fonts.addSystemFontMapping(name, uming.toString());
            }
            return FontLoader.loadAsDefaultFont(uming.toString());
        }
    }

    /**
     * Seals {@code ofd} with {@link OFDSigner} and {@link SESV4Container} (SM3 digests, SM2 signature),
     * one stamp on page {@code page} (from 1) at the rectangle in millimetres, in
     * {@link SignMode#ContinueSign}: every file of the package is protected except the signature list,
     * so that the document can be sealed again. (ofdrw's default, {@link SignMode#WholeProtected},
     * protects the list too, and then ofdrw refuses any further signature.)
     *
     * @param pkcs8       the signer's SM2 private key, PKCS#8 DER
     * @param certificate the signer's X.509 certificate, DER
     * @param seal        the GB/T 38540 SESeal, DER
     */
    public static byte[] sign(byte[] ofd, byte[] pkcs8, byte[] certificate, byte[] seal, int page, double x,
            double y, double width, double height) {
        try {
            BouncyCastleProvider bc = new BouncyCastleProvider();
            PrivateKey key = KeyFactory.getInstance("EC", bc).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Certificate cert = CertificateFactory.getInstance("X.509", bc)
                    .generateCertificate(new ByteArrayInputStream(certificate));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
                OFDSigner signer = new OFDSigner(reader, out);
                signer.setSignMode(SignMode.ContinueSign);
                signer.setSignContainer(new SESV4Container(key, SESeal.getInstance(seal), cert));
                signer.addApPos(new NormalStampPos(page, x, y, width, height));
                signer.exeSign();
                signer.close();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
