package org.bianmin.internal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The visible texts of one report in one language, kept in a message bundle beside the report's
 * class ({@code name_zh.properties}, {@code name_en.properties}, UTF-8) instead of in code.
 * Chinese is the language of a null or Chinese locale, English that of any other; patterns follow
 * {@link MessageFormat} ({@code {0}}, {@code ''} for an apostrophe), arguments are given as text.
 */
public final class Labels {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The labels of {@code baseName} (e.g. {@code org.bianmin.standards.internal.report.labels}),
     * loaded by {@code owner}'s class loader, in Chinese or English as {@code locale} says.
     */
    public static Labels of(String baseName, Class<?> owner, Locale locale) {
        Locale language = locale == null || "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        return new Labels(ResourceBundle.getBundle(baseName, language, owner.getClassLoader(), NO_FALLBACK), language);
    }

    /** The language tag of these labels, {@code zh-CN} or {@code en}, for a page's {@code lang}. */
    public String languageTag() {
        return locale == Locale.CHINESE ? "zh-CN" : "en";
    }

    /** The text of {@code key}. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The pattern of {@code key} with its arguments. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
