package id.netral.console.api;

import id.netral.console.domain.Viewer;
import jakarta.ws.rs.core.NewCookie;

/**
 * The console's cookies, all HttpOnly (no script reads them) and SameSite=Lax (another site's form
 * never sends them; a link from a mail still opens a case): the session's access token, the IdP's
 * refresh token beside it, and for the few minutes of a sign-in the state and PKCE verifier.
 */
final class SessionCookies {
    static final String REFRESH = "netral_refresh";
    static final String SIGN_IN = "netral_oidc";

    private SessionCookies() {
    }

    static NewCookie session(String token, long seconds, boolean secure) {
        return cookie(Viewer.SESSION_COOKIE, token, "/", seconds, secure);
    }

    static NewCookie refresh(String token, long seconds, boolean secure) {
        return cookie(REFRESH, token, "/", seconds, secure);
    }

    /** state and verifier of a sign-in under way, for the callback only. */
    static NewCookie signIn(String stateAndVerifier, boolean secure) {
        return cookie(SIGN_IN, stateAndVerifier, "/sign-in", 600, secure);
    }

    /** The sign-in's state and verifier, spent once the IdP's code was exchanged. */
    static NewCookie signInDone(boolean secure) {
        return cookie(SIGN_IN, "", "/sign-in", 0, secure);
    }

    static NewCookie[] cleared(boolean secure) {
        return new NewCookie[] {cookie(Viewer.SESSION_COOKIE, "", "/", 0, secure), cookie(REFRESH, "", "/", 0, secure),
                signInDone(secure)};
    }

    private static NewCookie cookie(String name, String value, String path, long seconds, boolean secure) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge((int) Math.min(seconds, Integer.MAX_VALUE)).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).secure(secure).build();
    }
}
