package org.bianmin.seal.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of verification reports, kept in {@code messages_en.properties} and
 * {@code messages_zh.properties} beside this class (UTF-8). Patterns use the MessageFormat
 * conventions the bundles need — {@code {0}} placeholders, {@code ''} for an apostrophe,
 * {@code '{'} for a literal brace — compiled once and shared (every report renders fourteen
 * details, so java.text.MessageFormat's per-call parsing was a measurable part of a
 * verification). Arguments starting with {@code @} are keys of the same bundle (localized nouns).
 */
public final class Messages {
    /** Chinese (简体中文). */
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** English. */
    public static final Locale EN = Locale.ENGLISH;

    private static final String BUNDLE = "org.bianmin.seal.internal.verify.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ENGLISH = load(Locale.ENGLISH);
    private static final ResourceBundle CHINESE = load(Locale.CHINESE);
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private Messages() {
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** The raw text of {@code key} in {@code locale}, the key itself when missing. */
    public static String text(Locale locale, String key) {
        try {
            return (chinese(locale) ? CHINESE : ENGLISH).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The message {@code key} with its arguments, in {@code locale}. */
    public static String render(Locale locale, String key, List<String> arguments) {
        boolean zh = chinese(locale);
        Template template = TEMPLATES.computeIfAbsent((zh ? "zh:" : "en:") + key,
                k -> Template.compile(text(locale, key)));
        return template.format(locale, arguments);
    }

    /** A compiled pattern: literal text and argument indexes, in order. */
    private record Template(List<Object> parts) {
        static Template compile(String pattern) {
            List<Object> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == '{' && !quoted) {
                    int close = pattern.indexOf('}', i);
                    if (close < 0) {
                        literal.append(pattern, i, pattern.length());
                        break;
                    }
                    if (literal.length() > 0) {
                        parts.add(literal.toString());
                        literal.setLength(0);
                    }
                    parts.add(Integer.parseInt(pattern.substring(i + 1, close).strip()));
                    i = close;
                } else {
                    literal.append(c);
                }
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
            }
            return new Template(List.copyOf(parts));
        }

        String format(Locale locale, List<String> arguments) {
            StringBuilder out = new StringBuilder(128);
            for (Object part : parts) {
                if (part instanceof Integer index) {
                    if (index < arguments.size()) {
                        String arg = arguments.get(index);
                        out.append(arg.startsWith("@") ? text(locale, arg.substring(1)) : arg);
                    } else {
                        out.append('{').append(index).append('}');
                    }
                } else {
                    out.append((String) part);
                }
            }
            return out.toString();
        }
    }
}
