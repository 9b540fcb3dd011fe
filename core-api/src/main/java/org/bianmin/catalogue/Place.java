package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A place of the county's service network, identified by its division code (行政区划代码): the county,
 * a township, the station of a merged township, or a village/community.
 *
 * @param code   the division code: 6 digits for the county, 9 for a township or station, 12 for a village
 * @param name   the full name, e.g. {@code 泸定县兴隆镇和平村}
 * @param kind   what kind of place it is
 * @param parent the enclosing place: the county for a township, the township for a station, the
 *               township or station for a village; null for the county
 */
public record Place(DivisionCode code, String name, PlaceKind kind, DivisionCode parent) {
    public Place {
        Checks.required(code, "place code");
        name = Checks.text(name, "name of place " + code, 100);
        Checks.required(kind, "kind of place " + code);
        if (code.level() != kind.codeLevel()) {
            throw BianminException.invalid("place " + code + " (" + name + ") is a " + kind.label()
                    + " but its code has the length of a " + code.level().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (kind == PlaceKind.COUNTY) {
            if (parent != null) {
                throw BianminException.invalid("the county " + code + " has no parent place");
            }
        } else {
            Checks.required(parent, "parent of place " + code);
            DivisionCode.Level expected = kind == PlaceKind.TOWNSHIP ? DivisionCode.Level.COUNTY
                    : DivisionCode.Level.TOWNSHIP;
            if (parent.level() != expected || !code.within(parent.county())) {
                throw BianminException.invalid("place " + code + " (" + name + ") cannot lie within " + parent);
            }
        }
    }

    /** The county place. */
    public static Place county(DivisionCode code, String name) {
        return new Place(code, name, PlaceKind.COUNTY, null);
    }

    /** The name of the place's service site, e.g. {@code 泸定县兴隆镇便民服务中心}. */
    public String siteName() {
        return name + kind.siteSuffix();
    }
}
