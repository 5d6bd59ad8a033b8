package id.netral.common.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts meant for people, kept in message bundles so that a translator edits one file per
 * language: each module has {@code i18n/<module>_id.properties} (Indonesian, every answer's
 * default) and {@code i18n/<module>_en.properties}, and a key starts with its module's name
 * ({@code roster.RosterService.unknown-region}). Placeholders are MessageFormat's ({@code {0}});
 * the values are filled in as text, exactly as string concatenation would write them (no digit
 * grouping, no locale formats).
 */
public final class Messages {
    private static final Map<String, String[]> PATTERNS = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * The text of {@code key} in both languages, with the values filled in; a value that is itself
     * a {@link LocalizedText} (what was not found, say) is filled in in each text's language.
     */
    public static LocalizedText text(String key, Object... values) {
        String[] patterns = PATTERNS.computeIfAbsent(key, Messages::patterns);
        return LocalizedText.of(format(patterns[0], values, Language.INDONESIAN), format(patterns[1], values, Language.ENGLISH));
    }

    /** The Indonesian and English patterns of a key; a key missing from either file is a defect, found by each module's bundle test. */
    static String[] patterns(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("a message key starts with its module's name: " + key, Messages.class.getName(), key);
        }
        String bundle = "i18n/" + key.substring(0, dot);
        return new String[] {bundle(bundle, "id").getString(key), bundle(bundle, "en").getString(key)};
    }

    /** One language's bundle of a module, without falling back to the machine's locale or another language. */
    public static ResourceBundle bundle(String name, String language) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ResourceBundle.getBundle(name, Locale.forLanguageTag(language), loader != null ? loader : Messages.class.getClassLoader(),
                EXACT);
    }

    private static String format(String pattern, Object[] values, Language language) {
        Object[] texts = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = values[i] instanceof LocalizedText text ? text.in(language) : String.valueOf(values[i]);
        }
        // MessageFormat is not thread-safe: a new one per text (errors, not a hot path)
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }
}
