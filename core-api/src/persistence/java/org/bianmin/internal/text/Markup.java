package org.bianmin.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Writes HTML and SVG (XML) markup with escaping that cannot be forgotten: element and attribute
 * names are the caller's constants (checked to be plain names), while every text and attribute
 * value goes through {@link #escape}. Markup that is not escaped enters only as another
 * {@code Markup} ({@link #append(Markup)}), a constant style sheet ({@link #style}) or an SVG drawing
 * of the picture code ({@link #drawing}).
 *
 * <pre>{@code
 * Markup html = Markup.page("zh-CN", title, CSS);
 * html.open("table").open("tr").element("th", label).element("td", value).close("tr").close("table");
 * return html.endPage();
 * }</pre>
 */
public final class Markup {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

    private final StringBuilder out;

    /** An empty fragment. */
    public Markup() {
        this.out = new StringBuilder(1024);
    }

    /**
     * The start of a self-contained HTML page: doctype, {@code <html lang>}, UTF-8, title and the
     * style sheet, then {@code <body>}. End it with {@link #endPage()}.
     *
     * @param lang  the page's language, e.g. {@code zh-CN}; null for none
     * @param title the title (escaped)
     * @param css   the style sheet, a constant of the caller
     */
    public static Markup page(String lang, String title, String css) {
        Markup page = new Markup();
        page.out.append("<!DOCTYPE html>\n");
        if (lang == null) {
            page.open("html");
        } else {
            page.open("html", "lang", lang);
        }
        page.open("head").empty("meta", "charset", "UTF-8").element("title", title).style(css).close("head")
                .open("body").newline();
        return page;
    }

    /** Closes the body and the page and returns it. */
    public String endPage() {
        return close("body").close("html").newline().toString();
    }

    /** {@code <name a="v" …>}; {@code attributes} are name, value pairs, the values escaped. */
    public Markup open(String name, String... attributes) {
        return tag(name, attributes, ">");
    }

    /** {@code </name>}. */
    public Markup close(String name) {
        out.append("</").append(name(name)).append('>');
        return this;
    }

    /** {@code <name …>text</name>}, the text escaped. */
    public Markup element(String name, String text) {
        return open(name).text(text).close(name);
    }

    /** {@code <name class="cssClass">text</name>}, both escaped. */
    public Markup classed(String name, String cssClass, String text) {
        return open(name, "class", cssClass).text(text).close(name);
    }

    /**
     * An element without content: {@code <name a="v"/>} — in SVG an empty element, in HTML a void
     * element such as {@code <meta>} or {@code <img>}.
     */
    public Markup empty(String name, String... attributes) {
        return tag(name, attributes, "/>");
    }

    /** Text, escaped; null is nothing. */
    public Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** A line break in the markup (not in the page), to keep the source readable. */
    public Markup newline() {
        out.append('\n');
        return this;
    }

    /** Markup written by another {@code Markup}, e.g. a picture drawn as SVG. */
    public Markup append(Markup fragment) {
        out.append(fragment.out);
        return this;
    }

    /**
     * A drawing made by the SVG picture code, which builds its elements from numbers
     * ({@link #number}) and escaped text ({@link #escape}); never text from outside.
     */
    public Markup drawing(String svg) {
        if (!svg.startsWith("<svg ") || !svg.endsWith("</svg>")) {
            throw new IllegalArgumentException("not an SVG drawing");
        }
        out.append(svg);
        return this;
    }

    /** {@code <style>css</style>}; the style sheet is a constant of the caller and may not close the element. */
    public Markup style(String css) {
        if (css.contains("<")) {
            throw new IllegalArgumentException("a style sheet holds no '<'");
        }
        out.append("<style>").append(css).append("</style>");
        return this;
    }

    /** The markup written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private Markup tag(String name, String[] attributes, String end) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        out.append('<').append(name(name));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append(end);
        return this;
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }

    /**
     * {@code text} escaped for element content and attribute values: every character that could end
     * an attribute or open a tag escaped, control characters (which XML 1.0 forbids) dropped; null is "".
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A finite number as markup: plain notation, at most four decimals, no trailing zeros. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
