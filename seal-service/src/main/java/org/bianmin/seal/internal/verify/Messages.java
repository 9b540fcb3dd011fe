package org.bianmin.seal.internal.verify;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of verification reports, kept in {@code messages_en.properties} and
 * {@code messages_zh.properties} beside this class (UTF-8). Arguments starting with {@code @} are
 * keys of the same bundle (localized nouns).
 */
public final class Messages {
    /** Chinese (简体中文). */
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** English. */
    public static final Locale EN = Locale.ENGLISH;

    private static final String BUNDLE = "org.bianmin.seal.internal.verify.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in {@code locale}, the key itself when missing. */
    public static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The message {@code key} with its arguments, in {@code locale}. */
    public static String render(Locale locale, String key, List<String> arguments) {
        Object[] args = arguments.stream().map(a -> a.startsWith("@") ? text(locale, a.substring(1)) : a).toArray();
        String pattern = text(locale, key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
