package org.bianmin.proxy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth
 * date, 3-digit order code and a check character computed by ISO 7064 MOD 11-2. Its
 * {@link #toString()} is masked; the clear value is personal data (read it only through
 * {@link #value()}).
 *
 * @param value the 18 characters, check character {@code X} in upper case
 */
public record IdCardNumber(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdCardNumber {
        if (value == null || value.isBlank()) {
            throw invalid("an ID-card number is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            throw invalid("an ID-card number has 17 digits and a check digit or X (GB 11643), got "
                    + value.length() + " characters");
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("the ID-card number " + mask(value) + " holds no valid birth date (digits 7–14)");
        }
        char expected = checkCharacter(value);
        if (value.charAt(17) != expected) {
            throw invalid("the ID-card number " + mask(value)
                    + " has a wrong check digit (GB 11643 ISO 7064 MOD 11-2): re-read the number from the card");
        }
    }

    /** The number for {@code value}; fails with {@code ID_NUMBER_INVALID}. */
    public static IdCardNumber of(String value) {
        return new IdCardNumber(value);
    }

    /** The check character of the first 17 digits of {@code value} (GB 11643 §6). */
    public static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The masked form shown in listings, exports and logs: {@code 5133**********1234}. */
    public String masked() {
        return mask(value);
    }

    private static String mask(String value) {
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    private static BianminException invalid(String message) {
        return new BianminException(ErrorCode.ID_NUMBER_INVALID, message);
    }

    @Override
    public String toString() {
        return masked();
    }
}
