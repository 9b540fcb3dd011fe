package org.bianmin.proxy;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * What a report or indicator covers: one proxy point, a township or the county.
 *
 * @param level the level
 * @param id    the point id, or the township's 9-digit / county's 6-digit division code
 */
public record LedgerScope(Level level, String id) {
    /** The levels reports roll up to. */
    public enum Level {
        POINT, TOWNSHIP, COUNTY
    }

    public LedgerScope {
        Checks.required(level, "scope level");
        id = Checks.text(id, "scope id", 64);
        if (level == Level.TOWNSHIP && DivisionCode.of(id).level() != DivisionCode.Level.TOWNSHIP) {
            throw BianminException.invalid("a township scope needs a 9-digit division code, got " + id);
        }
        if (level == Level.COUNTY && DivisionCode.of(id).level() != DivisionCode.Level.COUNTY) {
            throw BianminException.invalid("a county scope needs a 6-digit division code, got " + id);
        }
    }

    /** One point. */
    public static LedgerScope point(String pointId) {
        return new LedgerScope(Level.POINT, pointId);
    }

    /** Every point of a township. */
    public static LedgerScope township(DivisionCode township) {
        return new LedgerScope(Level.TOWNSHIP, township.value());
    }

    /** Every point of a county. */
    public static LedgerScope county(DivisionCode county) {
        return new LedgerScope(Level.COUNTY, county.value());
    }

    @Override
    public String toString() {
        return level + " " + id;
    }
}
