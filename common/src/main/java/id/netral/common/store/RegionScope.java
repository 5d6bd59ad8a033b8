package id.netral.common.store;

import id.netral.common.domain.RegionCode;
import io.quarkus.panache.common.Parameters;

/**
 * The region predicate every regional query shares: a caller sees a row when its region field is
 * the caller's region or lies inside it (prefix on whole segments), and everything nationally.
 */
public final class RegionScope {

    private RegionScope() {
    }

    /**
     * An HQL condition limiting {@code field} (e.g. {@code regionCode}, {@code e.regionCode}) to the
     * scope, with its parameters {@code scope} and {@code scopePrefix} added; "1 = 1" nationally.
     */
    public static String condition(String field, RegionCode scope, Parameters params) {
        if (scope.isNational()) {
            return "1 = 1";
        }
        params.and("scope", scope.value()).and("scopePrefix", scope.value() + ".%");
        return "(" + field + " = :scope or " + field + " like :scopePrefix)";
    }
}
