package org.bianmin.seal.internal.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SealPictureRendererTest {
    private static SealPictureRenderer renderer;

    @BeforeAll
    static void font() {
        renderer = new SealPictureRenderer(SealFonts.find(null, SealFonts.KNOWN_PATHS, true));
    }

    @Test
    void aTownshipSealIsA42MillimetreRedDiscWithStarArcTextAndPurpose() throws Exception {
        SealPicture picture = renderer.render(new SealPictureSpec("泸定县兴隆镇便民服务中心", "审批专用章", 0, 42));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));

        assertEquals(42, picture.widthMm());
        assertEquals(420, image.getWidth());
        assertEquals(420, image.getHeight());
        assertEquals(0, alpha(image, 5, 5), "corners are transparent");
        assertRed(image, 210, 2, "the rim at the top");
        assertRed(image, 210, 210, "the star's centre");
        assertRed(image, 210, 210 - 60, "the star's upper point");

        // the upper arc band (radius 13-18.5 mm from the centre, above the centre) holds the name
        int arc = redPixels(image, 130, 185, true);
        assertTrue(arc > 3000, "the owner's name is drawn along the upper arc: " + arc + " red pixels");
        // the band below the star, between y = 30 and 34 mm, holds the purpose
        int purpose = 0;
        for (int y = 290; y < 345; y++) {
            for (int x = 90; x < 330; x++) {
                purpose += isRed(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertTrue(purpose > 1500, "the purpose is drawn below the star: " + purpose);
    }

    @Test
    void theNumberIsDrawnOnlyOnSubSeals() throws Exception {
        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(
                renderer.render(new SealPictureSpec("泸定县兴隆镇便民服务中心", "审批专用章", 0, 42)).png()));
        BufferedImage numbered = ImageIO.read(new ByteArrayInputStream(
                renderer.render(new SealPictureSpec("泸定县兴隆镇便民服务中心", "审批专用章", 2, 42)).png()));
        int plainBottom = 0;
        int numberedBottom = 0;
        for (int y = 352; y < 385; y++) {
            for (int x = 170; x < 250; x++) {
                plainBottom += isRed(plain.getRGB(x, y)) ? 1 : 0;
                numberedBottom += isRed(numbered.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertEquals(0, plainBottom);
        assertTrue(numberedBottom > 100, "(2) below the purpose: " + numberedBottom);
    }

    @Test
    void theDiameterIsConfigurableAndTheSvgIsInMillimetres() throws Exception {
        SealPicture picture = renderer.render(new SealPictureSpec("泸定县冷碛镇便民服务中心", "审批专用章", 1, 38));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertEquals(380, image.getWidth());
        assertTrue(picture.svg().contains("width=\"38mm\" height=\"38mm\" viewBox=\"0 0 38 38\""));
        assertTrue(picture.svg().contains("fill=\"#E60012\""));
        long paths = picture.svg().lines().filter(line -> line.startsWith("<path")).count();
        // ring + star + 12 characters + purpose line + number line
        assertEquals(16, paths);
    }

    @Test
    void aMissingFontFailsWithAClearCode() {
        BianminException missing = assertThrows(BianminException.class,
                () -> SealFonts.find(null, List.of(Path.of("/nonexistent/font.ttc")), false));
        assertEquals(ErrorCode.SEAL_FONT_UNAVAILABLE, missing.code());
        assertTrue(missing.getMessage().contains("fonts-arphic-uming"));
        assertEquals(ErrorCode.SEAL_FONT_UNAVAILABLE, assertThrows(BianminException.class,
                () -> SealFonts.find("/nonexistent/other.ttf", SealFonts.KNOWN_PATHS, true)).code());
        assertNotEquals("", renderer.fontName());
    }

    static int redPixels(BufferedImage image, int fromRadius, int toRadius, boolean upperHalf) {
        int count = 0;
        int c = image.getWidth() / 2;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double radius = Math.hypot(x - c, y - c);
                if (radius >= fromRadius && radius <= toRadius && (!upperHalf || y < c) && isRed(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void assertRed(BufferedImage image, int x, int y, String where) {
        assertTrue(isRed(image.getRGB(x, y)), where + " is seal red, got " + Integer.toHexString(image.getRGB(x, y)));
    }

    static boolean isRed(int argb) {
        int a = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return a > 200 && r > 200 && g < 40 && b < 60;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
