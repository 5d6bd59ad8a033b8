package id.netral.common.security;

import id.netral.common.i18n.Messages;
import id.netral.common.audit.HashChain;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and which part of the country they may see, read from the JWT. Region scope is
 * a prefix match on the {@code region} claim; resources outside it are treated as absent (404) so
 * their existence does not leak.
 */
@RequestScoped
public class CallerScope {
    public static final String REGION_CLAIM = "region";
    public static final String AGENCY_CLAIM = "agency";
    /** An employee's roster key (NIP, or AGENCY:STAFFNUMBER) in an {@code asn} token. */
    public static final String EMPLOYEE_KEY_CLAIM = "employee_key";

    @Inject
    JsonWebToken jwt;

    /** The region claim, parsed at the first use in this request. */
    private RegionCode region;

    /** The caller's region; a token without a well-formed one may not act on regional data. */
    public RegionCode region() {
        if (region == null) {
            Object claim = jwt.getClaim(REGION_CLAIM);
            String raw = claim == null ? null : claim.toString().replace("\"", "");
            if (!RegionCode.isValid(raw)) {
                throw NetralException.forbidden(Messages.text("common.CallerScope.the-token-carries-no-valid-region"));
            }
            region = RegionCode.of(raw);
        }
        return region;
    }

    public boolean sees(String regionCode) {
        return region().covers(regionCode);
    }

    public String subject() {
        return jwt.getSubject();
    }

    /**
     * Which employee an {@code asn} token speaks for: its {@code employee_key} claim, which the realm
     * maps from a user attribute only an administrator sets (a realm user's subject is the realm's
     * own id, never a NIP); a token without the claim names the employee in its subject, as the
     * development keys mint it ({@code ./netral token --role asn --sub <NIP>}). Only what the
     * caller's role allows is read with it: a realm user lacking the attribute reads nothing.
     */
    public String employeeKey() {
        Object claim = jwt.getClaim(EMPLOYEE_KEY_CLAIM);
        String key = claim == null ? null : claim.toString().replace("\"", "").strip();
        return key == null || key.isEmpty() ? jwt.getSubject() : key;
    }

    /**
     * Who the caller is, whatever its role or region: the token's issuer and subject, or its
     * {@code azp} (the client) for a client-credentials token that carries no subject. What a
     * caller owns (an Idempotency-Key, a webhook subscription) is recorded under this.
     */
    public String owner() {
        String who = jwt.getSubject();
        if (who == null || who.isBlank()) {
            Object azp = jwt.getClaim("azp");
            who = azp == null ? "" : azp.toString().replace("\"", "");
        }
        return owner(jwt.getIssuer(), who);
    }

    /** The owner key of a token's issuer and subject (or client). */
    public static String owner(String issuer, String subject) {
        return issuer + " " + subject;
    }

    /** The agency a PPK or BKPP token speaks for ({@code agency} claim); null when the token names none. */
    public String agency() {
        Object claim = jwt.getClaim(AGENCY_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** Who acts, for an audit trail: the subject and the first role it holds, most specific first. */
    public HashChain.Actor actor() {
        for (String role : new String[] {Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.PORTAL, Roles.ADMIN, Roles.SERVICE}) {
            if (hasRole(role)) {
                return new HashChain.Actor(subject(), role);
            }
        }
        throw new IllegalStateException("a caller without a platform role passed @RolesAllowed");
    }

    public boolean hasRole(String role) {
        Set<String> groups = jwt.getGroups();
        return groups != null && groups.contains(role);
    }

    /** Callers who see whole NIPs and contact addresses; a portal sees them masked. */
    public boolean seesPersonalData() {
        return Arrays.stream(Roles.ALL).anyMatch(role -> !Roles.PORTAL.equals(role) && hasRole(role));
    }
}
