package org.bianmin.seal.internal.picture;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Finds the Song-style (宋体/明体) CJK typeface that 国发〔1999〕25号 asks for on seals. The font comes
 * from a Debian package installed with the system, never from the network: {@code fonts-arphic-uming}
 * (AR PL UMing) or {@code fonts-noto-cjk} (Noto Serif CJK). A configured file wins; then the
 * packages' known paths; then fontconfig ({@code fc-list}). Without one, {@code SEAL_FONT_UNAVAILABLE}.
 */
public final class SealFonts {
    /** Where the Debian packages put their Song-style fonts. */
    public static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJKsc-Regular.otf"),
            Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"));

    private static final String PROBE = "泸定县兴隆镇人民政府审批专用章";

    private SealFonts() {
    }

    /**
     * The Song-style font to draw seals with.
     *
     * @param configured a font file from configuration, or null/blank for the search
     * @param candidates the paths to try after the configured one (usually {@link #KNOWN_PATHS})
     * @param askFontconfig whether to ask {@code fc-list} when no candidate exists
     */
    public static Font find(String configured, List<Path> candidates, boolean askFontconfig) {
        List<Path> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            Font font = load(path);
            if (font == null) {
                throw unavailable("the configured seal font " + path + " is missing or has no Chinese glyphs");
            }
            return font;
        }
        for (Path path : candidates) {
            tried.add(path);
            Font font = load(path);
            if (font != null) {
                return font;
            }
        }
        if (askFontconfig) {
            for (Path path : fontconfig()) {
                tried.add(path);
                Font font = load(path);
                if (font != null) {
                    return font;
                }
            }
        }
        throw unavailable("no Song-style CJK font found (tried " + tried + "); install the Debian package "
                + "fonts-arphic-uming (apt-get install -y fonts-arphic-uming) or fonts-noto-cjk, "
                + "or configure the font file");
    }

    /** The font in {@code path} that draws simplified Chinese, preferring the mainland (CN/SC) face. */
    static Font load(Path path) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            Font[] fonts = Font.createFonts(path.toFile());
            Font chosen = null;
            for (Font font : fonts) {
                if (font.canDisplayUpTo(PROBE) != -1) {
                    continue;
                }
                String name = font.getFontName(java.util.Locale.ROOT);
                if (chosen == null || name.contains(" CN") || name.contains(" SC")) {
                    chosen = font;
                    if (name.contains(" CN") || name.contains(" SC")) {
                        break;
                    }
                }
            }
            return chosen;
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    private static List<Path> fontconfig() {
        List<Path> found = new ArrayList<>();
        try {
            Process process = new ProcessBuilder("fc-list", ":lang=zh", "file", "family").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(5, TimeUnit.SECONDS);
            for (String line : output.split("\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                boolean song = lower.contains("ming") || lower.contains("song") || lower.contains("serif cjk");
                int colon = line.indexOf(':');
                if (song && colon > 0) {
                    found.add(Path.of(line.substring(0, colon).strip()));
                }
            }
        } catch (IOException e) {
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return found;
    }

    private static BianminException unavailable(String message) {
        return new BianminException(ErrorCode.SEAL_FONT_UNAVAILABLE, message);
    }
}
