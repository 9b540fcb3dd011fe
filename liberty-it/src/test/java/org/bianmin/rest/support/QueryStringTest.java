package org.bianmin.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** Queries put in the form of RFC 3986 §2.1: raw UTF-8 percent-encoded, broken escapes refused by name. */
class QueryStringTest {
    private static final String CASE = "case=泸兴审〔2026〕1号";

    @Test
    void rawUtf8OctetsReadAsIso88591ArePercentEncoded() {
        String asRead = new String(CASE.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String encoded = QueryString.encoded(asRead);
        assertTrue(encoded.chars().allMatch(c -> c < 0x80), encoded);
        assertEquals(CASE, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }

    @Test
    void rawUtf8ReadAsUtf8IsPercentEncodedToo() {
        assertEquals(CASE, URLDecoder.decode(QueryString.encoded(CASE), StandardCharsets.UTF_8));
        assertEquals("a=1&case=%E6%B3%B8", QueryString.encoded("a=1&case=%E6%B3%B8"), "an encoded query is kept");
    }

    @Test
    void aBrokenEscapeIsRefusedByName() {
        BianminException refusal = QueryString.refusal("page=1&case=%E6%B3").orElseThrow();
        assertEquals(ErrorCode.INVALID_ARGUMENT, refusal.code());
        assertEquals("query parameter 'case' is not percent-encoded UTF-8 (RFC 3986 §2.1): 'case=%E6%B3'; send it "
                + "percent-encoded, with curl as --url-query 'case=…' (curl 7.87 or newer) or -G --data-urlencode "
                + "'case=…'", refusal.getMessage());
        assertTrue(QueryString.refusal("case=%E6%B").isPresent(), "an escape cut short");
        assertTrue(QueryString.refusal("x=%zz").orElseThrow().getMessage().startsWith("query parameter 'x' "));
        assertTrue(QueryString.refusal("case=%E6%B3%B8&riding=true&y=").isEmpty());
    }
}
