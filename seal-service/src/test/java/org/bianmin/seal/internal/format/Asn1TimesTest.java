package org.bianmin.seal.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.junit.jupiter.api.Test;

/** Times of the seal structures read without SimpleDateFormat, in UTC, and refused when impossible. */
class Asn1TimesTest {
    @Test
    void generalizedTimeForms() {
        assertEquals(Instant.parse("2020-07-23T13:09:07Z"), Asn1Times.toInstant(new ASN1GeneralizedTime("20200723130907Z")));
        assertEquals(Instant.parse("2020-07-23T13:09:07.763Z"),
                Asn1Times.toInstant(new ASN1GeneralizedTime("20200723130907.763Z")));
        assertEquals(Instant.parse("2020-07-23T05:09:07Z"),
                Asn1Times.toInstant(new ASN1GeneralizedTime("20200723130907+0800")));
    }

    @Test
    void utcTimeCenturies() {
        assertEquals(Instant.parse("2022-04-22T02:18:07Z"), Asn1Times.toInstant(new ASN1UTCTime("220422021807Z")));
        assertEquals(Instant.parse("1999-12-31T23:59:59Z"), Asn1Times.toInstant(new ASN1UTCTime("991231235959Z")));
    }

    @Test
    void impossibleDatesAreFormatErrors() {
        FormatException e = assertThrows(FormatException.class,
                () -> Asn1Times.toInstant(new ASN1GeneralizedTime("20200230120000Z")));
        assertEquals("not a valid time: '20200230120000Z'", e.reason());
    }

    @Test
    void writtenTimesAreReadBack() {
        Instant t = Instant.parse("2026-11-26T17:00:01Z");
        assertEquals(t, Asn1Times.toInstant(Asn1Times.generalized(t)));
        assertEquals(t, Asn1Times.toInstant(Asn1Times.utc(t)));
    }
}
