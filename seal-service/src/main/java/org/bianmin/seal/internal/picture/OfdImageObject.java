package org.bianmin.seal.internal.picture;

import java.util.Base64;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * An ImageObject (GB/T 33190-2016 §10, 图像对象) as an SVG {@code <image>}: the multimedia resource
 * its ResourceID names, drawn into the unit square that the object's CTM maps onto the page. Only
 * PNG, JPEG and GIF are drawn, recognised by their leading bytes rather than by the declared
 * Format; any other image (or a missing resource) is left out.
 */
final class OfdImageObject {
    private OfdImageObject() {
    }

    static void draw(XmlElement image, OfdResources resources, StringBuilder svg) {
        byte[] bytes = resources.media().get(image.attribute("ResourceID"));
        String mime = bytes == null ? null : mime(bytes);
        if (mime == null) {
            return;
        }
        svg.append("<image x=\"0\" y=\"0\" width=\"1\" height=\"1\" preserveAspectRatio=\"none\" href=\"data:")
                .append(mime).append(";base64,").append(Base64.getEncoder().encodeToString(bytes)).append("\"/>");
    }

    /** The media type of PNG, JPEG or GIF bytes, or null. */
    static String mime(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
