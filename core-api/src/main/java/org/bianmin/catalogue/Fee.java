package org.bianmin.catalogue;

import java.math.BigDecimal;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * The fee of a service item (收费标准及依据, C-DISCLOSE): free, or an amount in yuan with its basis.
 *
 * @param amount the amount in yuan (元), zero when free; at most two decimals and {@link #MAX_WHOLE_DIGITS}
 *               digits before the point, checked before the number is ever expanded (so {@code 1E+100000000}
 *               is refused at once)
 * @param basis  the charging basis (收费依据), required when the amount is not zero
 */
public record Fee(BigDecimal amount, String basis) {
    /** At most this many digits before the decimal point: a fee below a trillion yuan. */
    public static final int MAX_WHOLE_DIGITS = 12;

    /** No fee (不收费). */
    public static final Fee FREE = new Fee(BigDecimal.ZERO, null);

    public Fee {
        Checks.required(amount, "fee amount");
        if (amount.signum() < 0) {
            throw BianminException.invalid("fee amount must not be negative, got " + amount);
        }
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw BianminException.invalid("fee amount has more than " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point; is it in yuan?");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw BianminException.invalid("fee amount has at most two decimals (fen), got " + amount);
        }
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        basis = Checks.optionalText(basis);
        if (amount.signum() > 0 && basis == null) {
            throw BianminException.invalid("a fee of " + amount + " yuan needs its charging basis (收费依据)");
        }
    }

    /** A fee of {@code yuan} charged on {@code basis}. */
    public static Fee of(String yuan, String basis) {
        return new Fee(new BigDecimal(yuan), basis);
    }

    /** Whether nothing is charged. */
    public boolean free() {
        return amount.signum() == 0;
    }

    /** The fee as the public listing shows it, e.g. {@code 不收费} or {@code 10.00元（依据：…）}. */
    public String display() {
        if (free()) {
            return basis == null ? "不收费" : "不收费（" + basis + "）";
        }
        return amount.toPlainString() + "元（依据：" + basis + "）";
    }
}
