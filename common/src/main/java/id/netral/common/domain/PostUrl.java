package id.netral.common.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * A social-media post's address in one spelling, so that two reports of the same post match:
 * scheme dropped, host lower-cased without {@code www.}, {@code m.} or {@code mobile.}, path without
 * a trailing slash, and of the query only the parameters that name the post on some platforms
 * (Facebook's {@code story_fbid}, {@code fbid} and {@code id}, YouTube's {@code v}), sorted. Tracking
 * parameters ({@code igsh}, {@code utm_*}, …) and fragments do not count.
 */
public final class PostUrl {
    private static final Set<String> IDENTIFYING = Set.of("story_fbid", "fbid", "id", "v");

    private PostUrl() {
    }

    /** The normalised address, or null when the text is not a web address. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"www.", "m.", "mobile."}) {
            if (host.startsWith(prefix)) {
                host = host.substring(prefix.length());
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        TreeMap<String, String> kept = new TreeMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (IDENTIFYING.contains(name)) {
                    kept.put(name, eq < 0 ? "" : pair.substring(eq + 1));
                }
            }
        }
        StringBuilder out = new StringBuilder(host).append(path);
        String separator = "?";
        for (var entry : kept.entrySet()) {
            out.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
            separator = "&";
        }
        return out.toString();
    }
}
