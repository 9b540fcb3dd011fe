package org.bianmin.core;

/**
 * A unified social credit code (统一社会信用代码) of a legal person or other organisation, by
 * GB 32100-2015: 18 characters — registration authority (登记管理部门代码, 1), organisation category
 * (机构类别代码, 1), the registering authority's division code (登记管理机关行政区划码, 6 digits,
 * GB/T 2260), the subject identifier (主体标识码, 9) and a check character (校验码, 1).
 *
 * <p>The characters are the standard's 31-character set: the digits and the capital letters without
 * I, O, S, V and Z, each worth its position in {@value #CHARACTERS}. The check character is
 * {@code C18 = 31 − MOD(Σ Ci × Wi, 31)} over the first 17 characters with the weights
 * {@code Wi = 3^(i−1) mod 31} (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28); a
 * result of 31 is written {@code 0}.
 *
 * @param value the 18 characters, upper case
 */
public record UnifiedSocialCreditCode(String value) {
    /** The code character set of GB 32100-2015, each character worth its index. */
    public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = weights();

    public UnifiedSocialCreditCode {
        if (value == null || value.isBlank()) {
            throw invalid("a unified social credit code (统一社会信用代码) is required");
        }
        value = value.strip();
        if (value.length() != 18) {
            throw invalid("unified social credit code '" + value + "' must have 18 characters, got " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            char c = value.charAt(i);
            if (CHARACTERS.indexOf(c) < 0) {
                throw invalid("unified social credit code '" + value + "': character " + (i + 1) + " '" + c
                        + "' is not in the code set (digits and capital letters except I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                throw invalid("unified social credit code '" + value
                        + "': characters 3-8 are the registering authority's division code and must be digits");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw invalid("unified social credit code '" + value + "': check character is '" + value.charAt(17)
                    + "' but the first 17 characters give '" + expected + "'; check the code for a typing error");
        }
    }

    /** The code for the given characters; fails with {@code CREDIT_CODE_INVALID}. */
    public static UnifiedSocialCreditCode of(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    /**
     * The check character (校验码) for the first 17 characters of a code, by the formula above.
     *
     * @param first17 17 characters of the code set
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw invalid("the check character is computed over exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int c = CHARACTERS.indexOf(first17.charAt(i));
            if (c < 0) {
                throw invalid("'" + first17.charAt(i) + "' is not in the unified social credit code set");
            }
            sum += c * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }

    /** The registering authority's division code (登记管理机关行政区划码, characters 3–8). */
    public DivisionCode registrationDivision() {
        return DivisionCode.of(value.substring(2, 8));
    }

    private static int[] weights() {
        int[] weights = new int[17];
        int w = 1;
        for (int i = 0; i < 17; i++) {
            weights[i] = w;
            w = w * 3 % 31;
        }
        return weights;
    }

    private static BianminException invalid(String message) {
        return new BianminException(ErrorCode.CREDIT_CODE_INVALID, message);
    }

    @Override
    public String toString() {
        return value;
    }
}
