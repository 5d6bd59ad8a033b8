package id.netral.roster.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A social-media account reduced to (platform, normalised handle), so that the many ways people
 * write one account (a handle with or without @, profile URLs with or without www, mobile hosts,
 * trailing slashes, query strings, x.com or twitter.com, a post's URL) all find the same person.
 */
public record AccountRef(Platform platform, String handle) {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9._-]{1,100}");
    private static final Pattern NUMERIC = Pattern.compile("\\d{1,30}");
    private static final Set<String> HOST_PREFIXES = Set.of("www.", "m.", "mobile.", "mbasic.", "web.", "touch.", "business.");
    private static final Map<String, Platform> HOSTS = Map.ofEntries(
            Map.entry("facebook.com", Platform.FACEBOOK), Map.entry("fb.com", Platform.FACEBOOK),
            Map.entry("instagram.com", Platform.INSTAGRAM), Map.entry("instagr.am", Platform.INSTAGRAM),
            Map.entry("twitter.com", Platform.X), Map.entry("x.com", Platform.X),
            Map.entry("tiktok.com", Platform.TIKTOK),
            Map.entry("youtube.com", Platform.YOUTUBE),
            Map.entry("threads.net", Platform.THREADS), Map.entry("threads.com", Platform.THREADS),
            Map.entry("linkedin.com", Platform.LINKEDIN));
    /** First path segments that are pages of the platform, not profiles. */
    private static final Map<Platform, Set<String>> NOT_PROFILES = Map.of(
            Platform.FACEBOOK, Set.of("groups", "events", "watch", "sharer", "sharer.php", "share", "photo", "photo.php",
                    "story.php", "permalink.php", "hashtag", "login", "marketplace", "reel", "search"),
            Platform.INSTAGRAM, Set.of("p", "reel", "reels", "tv", "explore", "accounts", "direct"),
            Platform.X, Set.of("i", "home", "search", "hashtag", "intent", "share", "explore", "settings", "messages"),
            Platform.TIKTOK, Set.of("tag", "music", "discover", "search", "foryou", "t"),
            Platform.THREADS, Set.of("search", "t"));

    /**
     * From a handle on a known platform. Handles are case-insensitive on every platform we cover, so
     * they are lower-cased; a leading {@code @} and surrounding blanks are dropped.
     */
    public static AccountRef ofHandle(Platform platform, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.handle-is-empty"));
        }
        String handle = raw.strip();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        handle = handle.toLowerCase(Locale.ROOT);
        if (platform == Platform.OTHER) {
            return new AccountRef(platform, handle);
        }
        if (!HANDLE.matcher(handle).matches()) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.is-not-a-valid-handle", raw, platform));
        }
        return new AccountRef(platform, handle);
    }

    /** From a profile URL (scheme optional); the platform is read off the host. */
    public static AccountRef ofUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.url-is-empty"));
        }
        String text = raw.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.is-not-a-url", raw));
        }
        if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.is-not-a-web-address", raw));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : HOST_PREFIXES) {
                if (host.startsWith(prefix)) {
                    host = host.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        String[] segments = segments(uri.getRawPath());
        Platform platform = HOSTS.getOrDefault(host, Platform.OTHER);
        if (platform == Platform.OTHER) {
            String path = String.join("/", segments).toLowerCase(Locale.ROOT);
            return new AccountRef(Platform.OTHER, path.isEmpty() ? host : host + "/" + path);
        }
        return switch (platform) {
            case FACEBOOK -> facebook(raw, uri, segments);
            case TIKTOK, THREADS -> ofHandle(platform, atSegment(raw, platform, segments));
            case YOUTUBE -> youtube(raw, segments);
            case LINKEDIN -> {
                if (segments.length < 2 || !segments[0].equals("in")) {
                    throw notProfile(raw);
                }
                yield ofHandle(platform, segments[1]);
            }
            default -> ofHandle(platform, firstSegment(raw, platform, segments));
        };
    }

    /** Whichever of handle or URL is given, checked against the platform when both say one. */
    public static AccountRef of(Platform platform, String handle, String url) {
        if (url != null && !url.isBlank()) {
            AccountRef ref = ofUrl(url);
            if (platform != null && platform != ref.platform()) {
                throw new PlatformMismatch(platform, ref.platform());
            }
            return ref;
        }
        if (platform == null) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.platform-is-needed-with-a-handle"));
        }
        return ofHandle(platform, handle);
    }

    /** The platform named by the caller and the one in the URL differ. */
    public static final class PlatformMismatch extends InvalidValueException {
        PlatformMismatch(Platform given, Platform inUrl) {
            super(Messages.text("roster.AccountRef.the-url-is-an-address-of-another-platform", inUrl, given));
        }
    }

    private static AccountRef facebook(String raw, URI uri, String[] segments) {
        if (segments.length == 0) {
            throw notProfile(raw);
        }
        if (segments[0].equalsIgnoreCase("profile.php")) {
            String id = queryParameter(uri.getRawQuery(), "id");
            if (id == null || !NUMERIC.matcher(id).matches()) {
                throw new InvalidValueException(Messages.text("roster.AccountRef.has-no-numeric-profile-id", raw));
            }
            return new AccountRef(Platform.FACEBOOK, "id:" + id);
        }
        if ((segments[0].equalsIgnoreCase("people") || segments[0].equalsIgnoreCase("pages")) && segments.length >= 3
                && NUMERIC.matcher(segments[2]).matches()) {
            return new AccountRef(Platform.FACEBOOK, "id:" + segments[2]);
        }
        return ofHandle(Platform.FACEBOOK, firstSegment(raw, Platform.FACEBOOK, segments));
    }

    private static AccountRef youtube(String raw, String[] segments) {
        if (segments.length >= 1 && segments[0].startsWith("@")) {
            return ofHandle(Platform.YOUTUBE, segments[0]);
        }
        if (segments.length >= 2 && segments[0].equals("channel")) {
            // channel ids are case-sensitive: kept as written
            return new AccountRef(Platform.YOUTUBE, "channel:" + segments[1]);
        }
        if (segments.length >= 2 && (segments[0].equals("c") || segments[0].equals("user"))) {
            return new AccountRef(Platform.YOUTUBE, "user:" + ofHandle(Platform.YOUTUBE, segments[1]).handle());
        }
        throw notProfile(raw);
    }

    private static String atSegment(String raw, Platform platform, String[] segments) {
        if (segments.length == 0 || !segments[0].startsWith("@")) {
            throw new InvalidValueException(Messages.text("roster.AccountRef.is-not-a-profile-address-name", raw, platform));
        }
        return segments[0];
    }

    private static String firstSegment(String raw, Platform platform, String[] segments) {
        if (segments.length == 0) {
            throw notProfile(raw);
        }
        String first = segments[0].toLowerCase(Locale.ROOT);
        if (platform == Platform.INSTAGRAM && first.equals("stories")) {
            if (segments.length < 2) {
                throw notProfile(raw);
            }
            return segments[1];
        }
        if (NOT_PROFILES.getOrDefault(platform, Set.of()).contains(first)) {
            throw notProfile(raw);
        }
        return segments[0];
    }

    private static IllegalArgumentException notProfile(String raw) {
        return new InvalidValueException(Messages.text("roster.AccountRef.is-not-a-profile-address", raw));
    }

    private static String[] segments(String rawPath) {
        if (rawPath == null) {
            return new String[0];
        }
        return java.util.Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(s -> java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8)).toArray(String[]::new);
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
