package id.netral.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the suite speaks to people: Indonesian (the default, the language of the law and
 * of most users) and English (for integrators and international observers who ask for it).
 */
public enum Language {
    INDONESIAN("id"),
    ENGLISH("en");

    private static final List<String> TAGS = List.of("id", "en");

    /** The BCP 47 tag, as sent in {@code Content-Language}. */
    public final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /**
     * The language an {@code Accept-Language} header asks for, by its weights; Indonesian when
     * the header is absent, malformed or names neither language.
     */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
            return "en".equals(tag) ? ENGLISH : INDONESIAN;
        } catch (IllegalArgumentException malformed) {
            return INDONESIAN;
        }
    }
}
