package org.bianmin.seal.internal.format;

import java.text.ParseException;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;

/** Converts the ASN.1 time types of the seal structures to instants. */
public final class Asn1Times {
    private Asn1Times() {
    }

    /** The instant a GeneralizedTime stands for (UTC when it names no zone). */
    public static Instant toInstant(ASN1GeneralizedTime time) {
        try {
            return time.getDate().toInstant();
        } catch (ParseException | RuntimeException e) {
            throw new FormatException("unreadable GeneralizedTime '" + time.getTimeString() + "'", e);
        }
    }

    /** The instant a UTCTime stands for. */
    public static Instant toInstant(ASN1UTCTime time) {
        try {
            return time.getAdjustedDate().toInstant();
        } catch (ParseException | RuntimeException e) {
            throw new FormatException("unreadable UTCTime '" + time.getTime() + "'", e);
        }
    }

    /** A GeneralizedTime for {@code instant}, to the second, in UTC ("yyyyMMddHHmmssZ"). */
    public static ASN1GeneralizedTime generalized(Instant instant) {
        return new ASN1GeneralizedTime(java.util.Date.from(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    /** A UTCTime for {@code instant} (v1 structures), to the second. */
    public static ASN1UTCTime utc(Instant instant) {
        return new ASN1UTCTime(java.util.Date.from(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }
}
