package org.bianmin.catalogue;

import java.util.Arrays;
import java.util.function.Function;
import org.bianmin.core.BianminException;

/** Parsing of the catalogue's enums from their Chinese labels (as in CSV and guides) or constant names. */
final class Labels {
    private Labels() {
    }

    static <E extends Enum<E>> E parse(E[] values, Function<E, String> label, String text, String what) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values)
                .filter(value -> label.apply(value).equals(wanted) || value.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> BianminException.invalid("unknown " + what + " '" + wanted + "', expected one of "
                        + Arrays.stream(values).map(label).toList()));
    }
}
