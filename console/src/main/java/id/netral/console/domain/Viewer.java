package id.netral.console.domain;

import id.netral.common.i18n.Language;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at a page and in which language: a signed-in officer (their token, role, region
 * and agency, read from the verified session token) or a citizen with no session. Every page is
 * rendered for one viewer, and every call to a service carries this viewer's own token.
 */
@RequestScoped
public class Viewer {
    /** The cookie that holds the chosen language ("id" or "en"). */
    public static final String LANGUAGE_COOKIE = "netral_lang";
    /** The cookie that holds the session's token (HttpOnly, SameSite=Lax). */
    public static final String SESSION_COOKIE = "netral_session";
    /** The roles that work cases in the console, in the order the sign-in offers them. */
    public static final List<String> OFFICER_ROLES = List.of(Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN);
    /** Who may sign in: the officers, then an employee (ASN), who reads and acknowledges what is addressed to them. */
    public static final List<String> SIGN_IN_ROLES = java.util.stream.Stream.concat(OFFICER_ROLES.stream(), java.util.stream.Stream.of(Roles.ASN))
            .toList();

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    HttpHeaders headers;

    @Inject
    RequestLanguage requestLanguage;

    /** Whether an officer is signed in (a valid session token). */
    public boolean isSignedIn() {
        try {
            return !identity.isAnonymous() && jwt.getRawToken() != null;
        } catch (AuthenticationFailedException expiredOrForged) {
            // a public page stays public: a stale cookie makes its viewer a citizen, not an error
            return false;
        } catch (io.quarkus.runtime.BlockingOperationNotAllowedException noResourceMatched) {
            // an address no page has is answered on the I/O thread, where the session is not read: shown as to anyone
            return false;
        }
    }

    /** The session's token, forwarded as is to the services. */
    public String token() {
        return jwt.getRawToken();
    }

    /** The working role: the first of the chain's roles the token holds, else asn for an employee. */
    public String getRole() {
        return SIGN_IN_ROLES.stream().filter(identity::hasRole).findFirst().orElse("");
    }

    /** Where the viewer starts: an officer at the work list, an employee at the inbox, anyone else at the sign-in. */
    public String home() {
        if (!isSignedIn()) {
            return "/sign-in";
        }
        return Roles.ASN.equals(getRole()) ? "/inbox" : "/cases";
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The region the officer is limited to ("*": national). */
    public String getRegion() {
        return Optional.ofNullable(jwt.<Object>getClaim(CallerScope.REGION_CLAIM)).map(Object::toString).orElse("");
    }

    /** The agency a PPK or BKPP speaks for, or empty. */
    public String getAgency() {
        return Optional.ofNullable(jwt.<Object>getClaim(CallerScope.AGENCY_CLAIM)).map(Object::toString).orElse("");
    }

    /**
     * The name to greet: the token's name, else an employee's roster key (the realm's employee_key
     * claim: a realm user's subject is an opaque id), else the token's subject.
     */
    public String getName() {
        Object name = jwt.getClaim("name");
        if (name != null) {
            return name.toString();
        }
        Object employeeKey = jwt.getClaim(CallerScope.EMPLOYEE_KEY_CLAIM);
        if (employeeKey != null && Roles.ASN.equals(getRole())) {
            return employeeKey.toString();
        }
        return Optional.ofNullable(jwt.getSubject()).orElse("");
    }

    /** The form token every POST of this session must carry. */
    public String getCsrf() {
        return isSignedIn() ? Csrf.of(formKey()) : "";
    }

    /**
     * What the form token is derived from: the IdP's session ({@code sid}), which outlives the
     * five-minute access tokens refreshed under it, else the token itself (a development sign-in).
     */
    public String formKey() {
        Object sid = jwt.getClaim("sid");
        return sid != null ? "sid:" + sid + ":" + jwt.getSubject() : token();
    }

    /** The page's language: the one chosen in the console, else what the browser asks for, Indonesian by default. */
    public Language language() {
        var chosen = headers.getCookies().get(LANGUAGE_COOKIE);
        Language language = chosen != null && (chosen.getValue().equals("en") || chosen.getValue().equals("id"))
                ? (chosen.getValue().equals("en") ? Language.ENGLISH : Language.INDONESIAN)
                : Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        // the answer's Content-Language (common's filter) says the same
        requestLanguage.choose(language);
        return language;
    }

    public String getLang() {
        return language().tag;
    }

    /** The language a page's switch offers. */
    public String getOtherLang() {
        return language() == Language.ENGLISH ? "id" : "en";
    }

    /** What a template shows of the viewer, read once per page. */
    @TemplateData
    public record Shown(boolean signedIn, String role, String region, String agency, String name, String csrf, String lang,
            String otherLang) {
    }

    public Shown shown() {
        boolean in = isSignedIn();
        return new Shown(in, in ? getRole() : "", in ? getRegion() : "", in ? getAgency() : "", in ? getName() : "", getCsrf(), getLang(),
                getOtherLang());
    }

    public Locale locale() {
        return Locale.forLanguageTag(getLang());
    }
}
