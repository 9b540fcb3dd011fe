package org.bianmin.proxy;

import java.util.OptionalDouble;
import org.bianmin.core.BianminException;

/**
 * A share: how many of how many cases.
 *
 * @param count numerator
 * @param of    denominator; 0 when no case qualifies (then the share is empty, not 0 or 100 %)
 */
public record Ratio(long count, long of) {
    public Ratio {
        if (count < 0 || of < 0 || count > of) {
            throw BianminException.invalid("a ratio needs 0 ≤ count ≤ of, got " + count + "/" + of);
        }
    }

    /** The share in [0, 1], empty when there is no case to measure. */
    public OptionalDouble share() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / of);
    }

    @Override
    public String toString() {
        return of == 0 ? "n/a (0 cases)" : String.format(java.util.Locale.ROOT, "%d/%d (%.1f%%)", count, of,
                100.0 * count / of);
    }
}
