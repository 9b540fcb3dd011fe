package org.bianmin.catalogue.internal.calendar;

import java.time.LocalDate;

/**
 * The day (Beijing time) of the new moon nearest a date, by Jean Meeus' method (<i>Astronomical
 * Algorithms</i>, 2nd ed., ch. 49: mean phase, 25 periodic and 14 planetary terms), accurate to well
 * under a minute for these centuries. A lunar month (朔望月) begins on the day of its new moon (GB/T
 * 33661-2017 §5.2). ICU4J's {@code ChineseCalendar}, whose month structure {@link LunarDates} uses,
 * computes the conjunction a few minutes late and so puts some month starts a day late when the new
 * moon falls just before midnight — 正月初一 of 2027 (new moon 2027-02-06 23:56 Beijing time) among
 * them — so the day comes from here.
 */
final class NewMoons {
    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double K0_JDE = 2_451_550.09766;
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private NewMoons() {
    }

    /** The Beijing day of the new moon nearest {@code date}. */
    static LocalDate dayOfNewMoonNear(LocalDate date) {
        double jd = date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
        long k = Math.round((jd - K0_JDE) / SYNODIC_MONTH);
        double ut = newMoonJde(k) - SolarTerms.deltaTSeconds(date.getYear()) / 86_400.0;
        return LocalDate.ofEpochDay((long) Math.floor(ut + 0.5 + 8.0 / 24.0) - JULIAN_DAY_OF_EPOCH);
    }

    /** The Julian ephemeris day of new moon number {@code k} (k = 0 at 2000-01-06; Meeus 49.1 and table 49.A). */
    static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = K0_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        jde += -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
            {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
            {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
            {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
            {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
            {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
        };
        for (int i = 0; i < planetary.length; i++) {
            double argument = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            jde += planetary[i][2] * Math.sin(rad(argument));
        }
        return jde;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }
}
