package org.bianmin.seal.internal.picture;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * What a seal picture shows (国发〔1999〕25号): a round seal of {@code diameterMm}, the owner's name
 * along the upper arc, a five-pointed star in the centre, the purpose below it and, for a numbered
 * sub-seal (印章编号), its number in brackets.
 *
 * @param ownerName  the body's name, drawn clockwise along the upper arc
 * @param purpose    e.g. 审批专用章, drawn horizontally below the star
 * @param number     the sub-seal number, 0 for none
 * @param diameterMm the seal's diameter in millimetres (42 for township bodies)
 */
public record SealPictureSpec(String ownerName, String purpose, int number, int diameterMm) {
    /** The diameter of a township body's seal: 4.2 cm. */
    public static final int TOWNSHIP_DIAMETER_MM = 42;
    /** The longest owner name that fits along the arc. */
    public static final int MAX_OWNER_NAME = 40;

    public SealPictureSpec {
        ownerName = Checks.text(ownerName, "owner name", MAX_OWNER_NAME);
        purpose = Checks.text(purpose, "purpose", 20);
        Checks.nonNegative(number, "sub-seal number");
        if (diameterMm < 20 || diameterMm > 60) {
            throw BianminException.invalid("a seal's diameter must be 20-60 mm, got " + diameterMm);
        }
    }
}
