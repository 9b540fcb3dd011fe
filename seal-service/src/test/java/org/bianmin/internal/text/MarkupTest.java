package org.bianmin.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The shared markup writer escapes every text and attribute value and accepts only plain names. */
class MarkupTest {
    @Test
    void escapesWhatAFileSays() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", Markup.escape("<script>&\"'"));
        assertEquals("ab\ncd", Markup.escape("a\u0000b\ncd\u001b"), "control characters dropped");
        assertEquals("", Markup.escape(null));
    }

    @Test
    void textAndAttributeValuesAreEscaped() {
        String html = new Markup().open("td", "class", "\"><script>").text("<b>x</b>").close("td").toString();
        assertEquals("<td class=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;x&lt;/b&gt;</td>", html);
        assertEquals("<img alt=\"a&amp;b\"/>", new Markup().empty("img", "alt", "a&b").toString());
    }

    @Test
    void namesAreCheckedNotEscaped() {
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("td onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("td", "on click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("td", "class"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().style("</style><script>"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().drawing("<script>x</script>"));
    }

    @Test
    void aPageHasDoctypeLanguageTitleAndStyle() {
        String page = Markup.page("zh-CN", "报告<1>", "p{color:red}").element("p", "正文").endPage();
        assertEquals("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>报告&lt;1&gt;</title>"
                + "<style>p{color:red}</style></head><body>\n<p>正文</p></body></html>\n", page);
    }

    @Test
    void numbersArePlainWithAtMostFourDecimals() {
        assertEquals("0.1235", Markup.number(0.123456));
        assertEquals("30", Markup.number(30.0));
        assertEquals("0", Markup.number(1e-9));
    }
}
