package id.netral.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRefTest {
    /** Path words that are platform pages, not profiles, on any platform covered. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("p", "i", "t", "tv", "reel", "reels", "explore",
            "accounts", "direct", "stories", "home", "search", "hashtag", "intent", "share", "settings", "messages", "tag",
            "music", "discover", "foryou", "groups", "events", "watch", "sharer", "photo", "login", "marketplace", "people",
            "pages", "in", "c", "user", "channel");

    /** A handle as people write it: mixed case, sometimes with @, sometimes with blanks around. */
    @Provide
    Arbitrary<String> handles() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")
                .ofMinLength(1).ofMaxLength(30)
                .filter(h -> !RESERVED.contains(h.toLowerCase()));
    }

    /** The same profile written the ways people paste it. */
    @Provide
    Arbitrary<String[]> urlForms() {
        Arbitrary<String> scheme = Arbitraries.of("", "http://", "https://", "HTTPS://");
        Arbitrary<String> prefix = Arbitraries.of("", "www.", "m.", "mobile.", "WWW.");
        Arbitrary<String> tail = Arbitraries.of("", "/", "?hl=id", "/?utm_source=ig_web_copy_link", "#top", "/?igsh=abc123&x=1");
        return Combinators.combine(scheme, prefix, tail, handles()).as((s, p, t, h) -> new String[] {s, p, t, h});
    }

    @Property
    void instagramUrlsAndHandlesAgree(@ForAll("urlForms") String[] form) {
        String url = form[0] + form[1] + "instagram.com/" + form[3] + form[2];
        assertThat(AccountRef.ofUrl(url)).isEqualTo(AccountRef.ofHandle(Platform.INSTAGRAM, "@" + form[3]));
    }

    @Property
    void twitterAndXAreOnePlatform(@ForAll("urlForms") String[] form) {
        AccountRef fromX = AccountRef.ofUrl(form[0] + form[1] + "x.com/" + form[3] + form[2]);
        AccountRef fromTwitter = AccountRef.ofUrl(form[0] + form[1] + "twitter.com/" + form[3] + "/status/1234567890" + form[2]);
        assertThat(fromX).isEqualTo(fromTwitter).isEqualTo(AccountRef.ofHandle(Platform.X, " " + form[3] + " "));
    }

    @Property
    void tiktokProfilesUseTheAtPath(@ForAll("urlForms") String[] form) {
        AccountRef profile = AccountRef.ofUrl(form[0] + form[1] + "tiktok.com/@" + form[3] + form[2]);
        AccountRef video = AccountRef.ofUrl(form[0] + form[1] + "tiktok.com/@" + form[3] + "/video/7300000000000000000");
        assertThat(profile).isEqualTo(video).isEqualTo(AccountRef.ofHandle(Platform.TIKTOK, form[3]));
    }

    @Property
    void facebookUsernamesAndNumericIds(@ForAll("urlForms") String[] form, @ForAll("ids") long id) {
        assertThat(AccountRef.ofUrl(form[0] + form[1] + "facebook.com/" + form[3] + form[2]))
                .isEqualTo(AccountRef.ofHandle(Platform.FACEBOOK, form[3]));
        AccountRef byId = AccountRef.ofUrl(form[0] + form[1] + "facebook.com/profile.php?id=" + id + "&sk=about");
        assertThat(byId).isEqualTo(new AccountRef(Platform.FACEBOOK, "id:" + id));
        assertThat(AccountRef.ofUrl("https://mbasic.facebook.com/people/Some-Name/" + id + "/")).isEqualTo(byId);
    }

    @Provide
    Arbitrary<Long> ids() {
        return Arbitraries.longs().between(1, 999_999_999_999_999L);
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll("handles") String handle) {
        AccountRef once = AccountRef.ofHandle(Platform.THREADS, handle);
        assertThat(AccountRef.ofHandle(Platform.THREADS, once.handle())).isEqualTo(once);
        assertThat(AccountRef.ofUrl("https://www.threads.net/@" + handle)).isEqualTo(once);
        assertThat(AccountRef.ofUrl("threads.com/@" + handle.toUpperCase() + "/post/abc")).isEqualTo(once);
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/@BudiVlog, YOUTUBE, budivlog",
            "youtube.com/channel/UCAbCdEf123, YOUTUBE, channel:UCAbCdEf123",
            "https://m.youtube.com/user/BudiVlog/videos, YOUTUBE, user:budivlog",
            "https://id.linkedin.com/in/budi-santoso-123/, OTHER, id.linkedin.com/in/budi-santoso-123",
            "https://www.linkedin.com/in/Budi-Santoso-123/?originalSubdomain=id, LINKEDIN, budi-santoso-123",
            "https://www.instagram.com/stories/budi.santoso_/3300000000/, INSTAGRAM, budi.santoso_",
            "https://blog.example.org/Budi/, OTHER, blog.example.org/budi",
    })
    void otherForms(String url, Platform platform, String handle) {
        assertThat(AccountRef.ofUrl(url)).isEqualTo(new AccountRef(platform, handle));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.instagram.com/p/C1a2b3c4/", "https://x.com/i/status/1", "https://x.com/home",
            "https://www.facebook.com/groups/1234", "https://www.facebook.com/profile.php", "https://www.tiktok.com/tag/pemilu",
            "https://www.instagram.com/", "ftp://instagram.com/budi", "not a url at all %%", "https://www.youtube.com/watch?v=abc",
            "https://www.linkedin.com/company/netral"})
    void nonProfileAddressesAreRefused(String url) {
        assertThatThrownBy(() -> AccountRef.ofUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "@", "budi santoso", "budi/santoso", "b\u00fcdi"})
    void invalidHandlesAreRefused(String handle) {
        assertThatThrownBy(() -> AccountRef.ofHandle(Platform.INSTAGRAM, handle)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void platformMustAgreeWithTheUrl() {
        assertThatThrownBy(() -> AccountRef.of(Platform.FACEBOOK, null, "https://x.com/budi"))
                .isInstanceOf(AccountRef.PlatformMismatch.class);
        assertThat(AccountRef.of(Platform.X, null, "https://twitter.com/Budi")).isEqualTo(new AccountRef(Platform.X, "budi"));
        assertThatThrownBy(() -> AccountRef.of(null, "budi", null)).hasMessageContaining("platform");
    }
}
