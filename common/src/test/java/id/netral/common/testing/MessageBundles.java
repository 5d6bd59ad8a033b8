package id.netral.common.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a module's message bundles against its code (README, "Conventions"): both languages hold
 * the same keys, every key the code names is there and every key there is named by the code
 * (or starts with a prefix the code completes at run time), each text is a valid MessageFormat
 * pattern, and both languages fill in the same values.
 */
public final class MessageBundles {
    private static final Pattern KEY = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private MessageBundles() {
    }

    /** What is wrong with the bundles of {@code module} (run from the module's directory); empty when nothing. */
    public static List<String> problems(String module, String... dynamicPrefixes) throws IOException {
        Properties indonesian = load(Path.of("src/main/resources/i18n/" + module + "_id.properties"));
        Properties english = load(Path.of("src/main/resources/i18n/" + module + "_en.properties"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    // a key ending in a dot is completed at run time (a dynamic prefix)
                    if (m.group(1).startsWith(module + ".") && !m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String key : used) {
            if (!indonesian.containsKey(key)) {
                problems.add(key + ": named in the code, missing from " + module + "_id.properties");
            }
            if (!english.containsKey(key)) {
                problems.add(key + ": named in the code, missing from " + module + "_en.properties");
            }
        }
        Set<String> defined = new TreeSet<>(indonesian.stringPropertyNames());
        defined.addAll(english.stringPropertyNames());
        for (String key : defined) {
            if (!key.startsWith(module + ".")) {
                problems.add(key + ": a key of " + module + "'s bundles starts with '" + module + ".'");
            }
            if (!used.contains(key) && Stream.of(dynamicPrefixes).noneMatch(key::startsWith)) {
                problems.add(key + ": in the bundles, named nowhere in the code");
            }
            if (indonesian.containsKey(key) != english.containsKey(key)) {
                problems.add(key + ": in one language only");
                continue;
            }
            try {
                new MessageFormat(indonesian.getProperty(key));
                new MessageFormat(english.getProperty(key));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
                continue;
            }
            if (!placeholders(indonesian.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                problems.add(key + ": the languages fill in different values");
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
