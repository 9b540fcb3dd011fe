package org.bianmin.seal.internal.registry;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;

/**
 * How the registry is set up for one county.
 *
 * @param county            the county whose centres the registry serves; its code is the esID prefix
 * @param vendorId          the vendor id (vid) written into every SES_Header
 * @param pictureDiameterMm the diameter of seal pictures (42 mm for township bodies, 国发〔1999〕25号)
 */
public record RegistrySettings(DivisionCode county, String vendorId, int pictureDiameterMm) {
    /** Luding County (513322), vendor id "BIANMIN", 42 mm seals. */
    public static final RegistrySettings LUDING = new RegistrySettings(DivisionCode.LUDING, "BIANMIN", 42);

    public RegistrySettings {
        Checks.required(county, "county division code");
        if (county.level() != DivisionCode.Level.COUNTY) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the registry's division code must be a 6-digit county code (GB/T 2260), got " + county);
        }
        vendorId = Checks.text(vendorId, "vendor id", 32);
        if (!vendorId.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the vendor id must be ASCII (IA5String)");
        }
        if (pictureDiameterMm < 20 || pictureDiameterMm > 60) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the seal picture diameter must be 20-60 mm, got " + pictureDiameterMm);
        }
    }

    /** The esID of the {@code sequence}-th seal: 6-digit division code + 8-digit sequence (14 digits). */
    public String esId(long sequence) {
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE,
                    "the esID sequence of " + county + " is exhausted (8 digits)");
        }
        return county.value() + String.format("%08d", sequence);
    }

    /** The name of the database counter behind the esID sequence. */
    public String esIdCounter() {
        return "esid:" + county.value();
    }
}
