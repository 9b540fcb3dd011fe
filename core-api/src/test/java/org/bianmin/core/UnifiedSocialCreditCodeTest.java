package org.bianmin.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** GB 32100-2015 unified social credit codes: published codes pass, each kind of error is refused. */
class UnifiedSocialCreditCodeTest {
    /** Codes published by their holders (business licences, procurement notices), check characters as printed. */
    @ParameterizedTest
    @ValueSource(strings = {"91350200776049653A", "913502000728319549", "9135021359498494XQ", "91350213678251743X",
            "91440101MA5CJQ4N59", "123502001549897397", "9144030071526726XG", "914403001922038216"})
    void publishedCodesAreAccepted(String code) {
        assertEquals(code, UnifiedSocialCreditCode.of(code).value());
        assertEquals(code.charAt(17), UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)));
    }

    @Test
    void theRegisteringDivisionIsCharactersThreeToEight() {
        assertEquals(DivisionCode.of("440300"), UnifiedSocialCreditCode.of("914403001922038216").registrationDivision());
    }

    @Test
    void aCheckSumOfZeroIsWrittenZero() {
        // 17 zeros weigh nothing: 31 − 0 = 31, which the standard writes as 0
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "91350200776049653B|check character is 'B' but the first 17 characters give 'A'",
        "91350200776049635A|check character is 'A'",
        "9135020077604965|must have 18 characters, got 16",
        "91350200776049653AX|must have 18 characters, got 19",
        "91350200776O49653A|character 12 'O' is not in the code set",
        "91350200776I49653A|character 12 'I' is not in the code set",
        "9135020077604965sa|character 17 's' is not in the code set",
        "91A50200776049653A|characters 3-8 are the registering authority's division code",
    })
    void eachErrorIsRefusedWithItsReason(String code, String reason) {
        BianminException e = assertThrows(BianminException.class, () -> UnifiedSocialCreditCode.of(code));
        assertEquals(ErrorCode.CREDIT_CODE_INVALID, e.code());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void anAbsentCodeIsRefused() {
        assertEquals(ErrorCode.CREDIT_CODE_INVALID,
                assertThrows(BianminException.class, () -> UnifiedSocialCreditCode.of(" ")).code());
    }
}
