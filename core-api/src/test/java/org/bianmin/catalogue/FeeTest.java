package org.bianmin.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** A fee's amount is bounded before it is expanded, so a short text cannot cost the server its memory. */
class FeeTest {
    @Test
    void anAmountWithAHugeExponentIsRefusedAtOnce() {
        BianminException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(BianminException.class, () -> Fee.of("1E+100000000", "沪价费〔2026〕1号")));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains("more than 12 digits before the decimal point"), e.getMessage());
    }

    @Test
    void twelveWholeDigitsAreAllowedAndThirteenAreNot() {
        assertEquals(new BigDecimal("999999999999.50"), Fee.of("999999999999.5", "依据").amount());
        assertThrows(BianminException.class, () -> Fee.of("1000000000000", "依据"));
    }

    @Test
    void fenAreKeptAndFractionsOfAFenRefused() {
        assertEquals(new BigDecimal("10.00"), Fee.of("1E+1", "依据").amount());
        assertThrows(BianminException.class, () -> Fee.of("0.001", "依据"));
        assertEquals(Fee.FREE, Fee.of("0E-100000000", null));
    }
}
