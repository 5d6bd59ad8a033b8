package id.netral.console.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The form token that proves a POST came from one of the console's own pages: derived from the
 * session's token, which another site can neither read (HttpOnly cookie) nor guess, so a forged
 * form cannot carry it. Stateless: nothing to store between the page and the post.
 */
public final class Csrf {
    private Csrf() {
    }

    /** The form token of a session. */
    public static String of(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("netral-console-form:" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a posted form token belongs to this session (compared in constant time). */
    public static boolean matches(String sessionToken, String posted) {
        return posted != null && MessageDigest.isEqual(of(sessionToken).getBytes(StandardCharsets.US_ASCII),
                posted.getBytes(StandardCharsets.US_ASCII));
    }
}
