package org.bianmin.proxy;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * A phone number: an 11-digit mobile number ({@code 1[3-9]…}) or a fixed line with area code
 * ({@code 0836-1234567}). Its {@link #toString()} is masked; the clear value is personal data.
 *
 * @param value the digits (a fixed line keeps its hyphen)
 */
public record PhoneNumber(String value) {
    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new BianminException(ErrorCode.PHONE_INVALID, "a phone number is required");
        }
        value = value.strip().replace(" ", "");
        if (!value.matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
            throw new BianminException(ErrorCode.PHONE_INVALID,
                    "a phone number is an 11-digit mobile number or an area code and 7–8 digits, got "
                            + value.length() + " characters");
        }
    }

    /** The number for {@code value}; fails with {@code PHONE_INVALID}. */
    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    /** The masked form shown in listings, exports and logs: {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
