package id.netral.roster.domain;

import id.netral.common.domain.RegionCode;
import io.quarkus.panache.common.Parameters;

/** The region predicate every regional query shares, on a {@code regionCode} field. */
final class Scope {

    private Scope() {
    }

    /** An HQL condition limiting {@code alias.regionCode} to the scope ("1 = 1" nationally). */
    static String condition(String alias, RegionCode scope, Parameters params) {
        if (scope.isNational()) {
            return "1 = 1";
        }
        params.and("scope", scope.value()).and("scopePrefix", scope.value() + ".%");
        return "(" + alias + ".regionCode = :scope or " + alias + ".regionCode like :scopePrefix)";
    }
}
