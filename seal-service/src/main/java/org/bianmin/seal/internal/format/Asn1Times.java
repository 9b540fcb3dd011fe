package org.bianmin.seal.internal.format;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;

/** Converts the ASN.1 time types of the seal structures to instants. */
public final class Asn1Times {
    private Asn1Times() {
    }

    /**
     * The instant a GeneralizedTime stands for. The DER form {@code YYYYMMDDHHMMSS[.fff]Z} (X.690
     * §11.7) is read directly (Bouncy Castle's {@code getDate()} builds a SimpleDateFormat per call);
     * other forms go through Bouncy Castle, which reads a time without zone as local time.
     */
    public static Instant toInstant(ASN1GeneralizedTime time) {
        return toInstant(time.getTimeString(), 4, "GeneralizedTime", time::getDate);
    }

    /** The instant a UTCTime stands for (two-digit years 50–99 are 19xx, RFC 5280 §4.1.2.5.1). */
    public static Instant toInstant(ASN1UTCTime time) {
        return toInstant(time.getTime(), 2, "UTCTime", time::getAdjustedDate);
    }

    /** Reads a time in a form other than the DER one. */
    private interface SlowRead {
        Date read() throws ParseException;
    }

    /** {@code text} read directly in the DER form, else by {@code slow}; unreadable: a FormatException. */
    private static Instant toInstant(String text, int yearDigits, String type, SlowRead slow) {
        Instant fast = utcDigits(text, yearDigits);
        if (fast != null) {
            return fast;
        }
        try {
            return slow.read().toInstant();
        } catch (ParseException | RuntimeException e) {
            throw new FormatException("unreadable " + type + " '" + text + "'", e);
        }
    }

    /** {@code Y..YMMDDHHMMSS[.f+]Z} with {@code yearDigits} year digits, or null for any other form. */
    private static Instant utcDigits(String text, int yearDigits) {
        int n = text.length();
        int fixed = yearDigits + 10;
        if (n < fixed + 1 || text.charAt(n - 1) != 'Z') {
            return null;
        }
        for (int i = 0; i < fixed; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        int nanos = 0;
        if (n > fixed + 1) {
            if (text.charAt(fixed) != '.' || n - fixed - 2 > 9 || n - fixed - 2 < 1) {
                return null;
            }
            String fraction = text.substring(fixed + 1, n - 1);
            for (int i = 0; i < fraction.length(); i++) {
                if (!Character.isDigit(fraction.charAt(i))) {
                    return null;
                }
            }
            nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        }
        int year = Integer.parseInt(text.substring(0, yearDigits));
        if (yearDigits == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        int at = yearDigits;
        try {
            return java.time.LocalDateTime.of(year, Integer.parseInt(text.substring(at, at + 2)),
                    Integer.parseInt(text.substring(at + 2, at + 4)), Integer.parseInt(text.substring(at + 4, at + 6)),
                    Integer.parseInt(text.substring(at + 6, at + 8)), Integer.parseInt(text.substring(at + 8, at + 10)),
                    nanos).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            throw new FormatException("not a valid time: '" + text + "'", e);
        }
    }

    /** A GeneralizedTime for {@code instant}, to the second, in UTC ("yyyyMMddHHmmssZ"). */
    public static ASN1GeneralizedTime generalized(Instant instant) {
        return new ASN1GeneralizedTime(toSecond(instant));
    }

    /** A UTCTime for {@code instant} (v1 structures), to the second. */
    public static ASN1UTCTime utc(Instant instant) {
        return new ASN1UTCTime(toSecond(instant));
    }

    private static Date toSecond(Instant instant) {
        return Date.from(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
