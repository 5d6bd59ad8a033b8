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
    private static final Map<String, Pattern[]> PATTERNS = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * The text of {@code key} in both languages, with the values filled in; a value that is itself
     * a {@link LocalizedText} (what was not found, say) is filled in in each text's language.
     */
    public static LocalizedText text(String key, Object... values) {
        Pattern[] patterns = PATTERNS.computeIfAbsent(key, k -> {
            String[] both = patterns(k);
            return new Pattern[] {Pattern.of(both[0]), Pattern.of(both[1])};
        });
        return LocalizedText.of(patterns[0].fill(values, Language.INDONESIAN), patterns[1].fill(values, Language.ENGLISH));
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

    /**
     * A MessageFormat pattern read once into its literal parts (quotes already resolved) and the
     * numbers of the values between them, so that filling it in parses nothing: explanations fill in
     * a dozen texts per classification (bench/HISTORY.md, 2026-12-05: a MessageFormat parsed per text
     * was most of an explanation's cost). MessageFormat itself reads the pattern, by formatting it
     * once with markers for values; every value is given as text, so each {n} is the value as is.
     */
    record Pattern(String[] literals, int[] values) {
        private static final char START = '\uFFFF';
        private static final char END = '\uFFFE';
        private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("\\{\\s*(\\d+)");

        static Pattern of(String pattern) {
            int count = 0;
            java.util.regex.Matcher place = PLACE.matcher(pattern);
            while (place.find()) {
                count = Math.max(count, Integer.parseInt(place.group(1)) + 1);
            }
            Object[] markers = new Object[count];
            for (int i = 0; i < count; i++) {
                markers[i] = START + String.valueOf(i) + END;
            }
            String marked = new MessageFormat(pattern, Locale.ROOT).format(markers);
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<Integer> values = new java.util.ArrayList<>();
            int from = 0;
            for (int start = marked.indexOf(START); start >= 0; start = marked.indexOf(START, from)) {
                int end = marked.indexOf(END, start);
                literals.add(marked.substring(from, start));
                values.add(Integer.parseInt(marked.substring(start + 1, end)));
                from = end + 1;
            }
            literals.add(marked.substring(from));
            return new Pattern(literals.toArray(String[]::new), values.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The text with the values filled in; a place without a value keeps its {n}, as MessageFormat leaves it. */
        String fill(Object[] given, Language language) {
            if (values.length == 0) {
                return literals[0];
            }
            StringBuilder text = new StringBuilder(64);
            for (int i = 0; i < values.length; i++) {
                text.append(literals[i]);
                int n = values[i];
                if (n >= given.length) {
                    text.append('{').append(n).append('}');
                } else {
                    text.append(given[n] instanceof LocalizedText localized ? localized.in(language) : String.valueOf(given[n]));
                }
            }
            return text.append(literals[values.length]).toString();
        }
    }
}
