package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * What a report shows of an electronic seal (电子印章): identity, owner name, validity, picture.
 *
 * @param esId          the seal identifier (esID)
 * @param name          the seal's name
 * @param format        "GB/T 38540-2020" or "GM/T 0031-2014"
 * @param vendorId      the header's vid (厂商标识)
 * @param type          1 unit seal, 2 personal seal, other values business-defined
 * @param validStart    start of the seal's validity
 * @param validEnd      end of the seal's validity
 * @param pictureType   the picture's declared type ("png", "jpg", "gif", "ofd" …)
 * @param picture       the picture bytes
 * @param widthMm       display width, millimetres
 * @param heightMm      display height, millimetres
 * @param maker         the seal maker's (制章者) certificate, null when unreadable
 */
public record SealDetails(String esId, String name, String format, String vendorId, int type, Instant validStart,
        Instant validEnd, String pictureType, byte[] picture, int widthMm, int heightMm, CertificateDetails maker) {
    public SealDetails {
        Checks.required(esId, "esID");
        Checks.required(name, "seal name");
        Checks.text(format, "format");
        Checks.required(vendorId, "vendor id");
        Checks.required(validStart, "valid start");
        Checks.required(validEnd, "valid end");
        Checks.required(pictureType, "picture type");
        picture = Checks.bytes(picture, "picture");
    }

    @Override
    public byte[] picture() {
        return picture.clone();
    }
}
