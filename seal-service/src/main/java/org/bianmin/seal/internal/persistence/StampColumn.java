package org.bianmin.seal.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bianmin.seal.StampLocation;

/**
 * The stamps of a use record as one text column: {@code page x y width height} per stamp, in
 * millimetres to a hundredth, stamps separated by {@code ;}. Null for none.
 */
public final class StampColumn {
    private StampColumn() {
    }

    public static String write(List<StampLocation> stamps) {
        if (stamps.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(stamps.size() * 32);
        for (StampLocation s : stamps) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(String.format(Locale.ROOT, "%d %.2f %.2f %.2f %.2f", s.page(), s.x(), s.y(), s.width(),
                    s.height()));
        }
        return out.toString();
    }

    public static List<StampLocation> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<StampLocation> stamps = new ArrayList<>();
        for (String stamp : column.split(";")) {
            String[] n = stamp.strip().split(" ");
            stamps.add(new StampLocation(Integer.parseInt(n[0]), Double.parseDouble(n[1]), Double.parseDouble(n[2]),
                    Double.parseDouble(n[3]), Double.parseDouble(n[4])));
        }
        return List.copyOf(stamps);
    }
}
