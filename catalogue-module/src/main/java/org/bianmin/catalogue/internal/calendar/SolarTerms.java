package org.bianmin.catalogue.internal.calendar;

import java.time.LocalDate;

/**
 * The day of the solar term 清明 (Pure Brightness, the sun at apparent ecliptic longitude 15°) at
 * Beijing time, as GB/T 33661-2017 §4 defines the solar terms. The sun's apparent longitude is Jean
 * Meeus' low-accuracy solar theory (<i>Astronomical Algorithms</i>, 2nd ed., ch. 25, accurate to
 * 0.01°, about a quarter of an hour), solved for 15° by the iteration of ch. 27; ΔT from the
 * NASA/Espenak–Meeus polynomials. ICU4J computes the same astronomy for its Chinese calendar but
 * keeps it internal, so the formula is written out here; the tests compare it with every official
 * year the module ships.
 */
final class SolarTerms {
    private static final double J2000 = 2_451_545.0;
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private SolarTerms() {
    }

    /** 清明 in {@code year}: the Beijing date on which the sun reaches 15°. */
    static LocalDate qingming(int year) {
        return dayOfLongitude(year, 15.0, LocalDate.of(year, 4, 5));
    }

    static LocalDate dayOfLongitude(int year, double longitude, LocalDate estimate) {
        double jde = estimate.toEpochDay() + JULIAN_DAY_OF_EPOCH - 0.5;
        for (int i = 0; i < 50; i++) {
            double correction = 58.0 * Math.sin(Math.toRadians(longitude - apparentLongitude(jde)));
            jde += correction;
            if (Math.abs(correction) < 1e-7) {
                break;
            }
        }
        double ut = jde - deltaTSeconds(year) / 86_400.0;
        // Civil days begin at midnight: Julian day + 0.5, then Beijing is UTC+8.
        long civilDay = (long) Math.floor(ut + 0.5 + 8.0 / 24.0);
        return LocalDate.ofEpochDay(civilDay - JULIAN_DAY_OF_EPOCH);
    }

    /** The sun's apparent longitude in degrees at Julian ephemeris day {@code jde} (Meeus 25.2–25.8). */
    static double apparentLongitude(double jde) {
        double t = (jde - J2000) / 36_525.0;
        double meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
        double anomaly = Math.toRadians(357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
                + 0.000289 * Math.sin(3 * anomaly);
        double node = Math.toRadians(125.04 - 1934.136 * t);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(node);
        return ((apparent % 360.0) + 360.0) % 360.0;
    }

    /** TT − UT in seconds (Espenak and Meeus, "Polynomial expressions for ΔT", 2005–2050 and after). */
    static double deltaTSeconds(int year) {
        double y = year + 0.5;
        if (year <= 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
}
