package org.bianmin.rest.seal;

import org.bianmin.core.BianminException;
import org.bianmin.rest.support.Inputs;
import org.bianmin.seal.StampPlacement;

/**
 * The stamp placement of a sealing request, from its query parameters: exactly one of
 * {@code page}+{@code x}+{@code y}, {@code keyword} (with {@code occurrence}), or {@code riding=true}
 * (with {@code from}, {@code to}, {@code y}); a refusal names the parameter to fix.
 */
record PlacementQuery(String page, String x, String y, String keyword, String occurrence, String riding,
        String from, String to) {

    private static final String HOW = "say where the stamp goes: page, x and y (mm); or keyword; or riding=true";

    StampPlacement placement() {
        boolean atPosition = page != null;
        boolean atKeyword = keyword != null;
        boolean isRiding = "true".equals(riding);
        if (riding != null && !isRiding && !"false".equals(riding)) {
            throw BianminException.invalid("riding must be true or false, got '" + riding + "'");
        }
        int ways = (atPosition ? 1 : 0) + (atKeyword ? 1 : 0) + (isRiding ? 1 : 0);
        if (ways != 1) {
            throw BianminException.invalid(ways == 0 ? HOW : "give only one placement; " + HOW);
        }
        if (atPosition) {
            if (x == null || y == null) {
                throw BianminException.invalid("page needs x and y, the stamp's centre in mm from the top-left corner");
            }
            return StampPlacement.at(Inputs.smallNumber("page", page, 0), millimetres("x", x), millimetres("y", y));
        }
        if (atKeyword) {
            return new StampPlacement.AtKeyword(keyword, occurrence(occurrence));
        }
        return new StampPlacement.Riding(Inputs.smallNumber("from", from, 1), Inputs.smallNumber("to", to, 0),
                y == null ? null : millimetres("y", y));
    }

    private static StampPlacement.Occurrence occurrence(String value) {
        if (value == null || value.equals("last")) {
            return StampPlacement.Occurrence.LAST;
        }
        if (value.equals("every")) {
            return StampPlacement.Occurrence.EVERY;
        }
        throw BianminException.invalid("occurrence must be last or every, got '" + value + "'");
    }

    private static double millimetres(String name, String value) {
        try {
            double mm = Double.parseDouble(value.strip());
            if (Double.isFinite(mm) && value.length() <= 16) {
                return mm;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BianminException.invalid(name + " must be a length in millimetres like 150 or 42.5, got '" + value + "'");
    }
}
