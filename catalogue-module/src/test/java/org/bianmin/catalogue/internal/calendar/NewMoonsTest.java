package org.bianmin.catalogue.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The new-moon computation against Meeus' worked example and a conjunction just before midnight. */
class NewMoonsTest {
    @Test
    void meeusExample49aGivesTheNewMoonOf1977February18() {
        // Astronomical Algorithms, example 49.a: k = -283, JDE 2443192.65118 (1977-02-18 03:37:42 TD)
        assertEquals(2_443_192.65118, NewMoons.newMoonJde(-283), 0.00002);
    }

    @Test
    void aNewMoonFourMinutesBeforeBeijingMidnightStartsTheMonthThatDay() {
        // New moon 2027-02-06 15:56 UTC = 23:56 Beijing time: 正月初一 is 6 February
        assertEquals(LocalDate.of(2027, 2, 6), NewMoons.dayOfNewMoonNear(LocalDate.of(2027, 2, 7)));
        assertEquals(LocalDate.of(2027, 2, 6), LunarDates.springFestival(2027));
    }
}
