package org.bianmin.seal.internal.verify;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final ResourceBundle ENGLISH = load(Locale.ENGLISH);
    private static final ResourceBundle CHINESE = load(Locale.CHINESE);
    /** MessageFormat is not thread-safe and costly to parse: one per thread, language and key. */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Messages() {
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static ResourceBundle bundle(Locale locale) {
        return chinese(locale) ? CHINESE : ENGLISH;
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
        Locale chosen = chinese(locale) ? Locale.CHINESE : Locale.ENGLISH;
        MessageFormat format = FORMATS.get().computeIfAbsent(chosen.getLanguage() + ':' + key,
                k -> new MessageFormat(text(chosen, key), chosen));
        return format.format(args);
    }
}
