package id.netral.roster.domain;

import java.util.Optional;
import id.netral.common.domain.RegionCode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A node of the Kemendagri region tree, seeded by Flyway; scopes and agencies point at it. */
@Entity
public class Region extends PanacheEntityBase {

    /** Where a region sits in the tree; regencies and cities share a level but not a name. */
    public enum Level { PROVINCE, REGENCY, CITY, DISTRICT, VILLAGE }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "parent_code")
    public String parentCode;

    /**
     * Regions inside {@code scope}: the children of {@code parent} when given; all regions of a
     * {@code level} (REGENCY includes cities), or those whose name contains {@code text}, anywhere in
     * the scope; otherwise the top of the scope (the provinces nationally, the scope's own region
     * for a regional caller). The filters combine.
     */
    public static PanacheQuery<Region> within(RegionCode scope, String parent, Level level, String text) {
        Parameters params = new Parameters();
        String where;
        if (parent != null) {
            where = "parentCode = :parent";
            params.and("parent", parent);
        } else if (level != null || text != null) {
            where = "1 = 1";
        } else if (scope.isNational()) {
            where = "parentCode is null";
        } else {
            where = "code = :top";
            params.and("top", scope.value());
        }
        if (level != null) {
            where += level == Level.REGENCY ? " and level in ('REGENCY', 'CITY')" : " and level = :level";
            if (level != Level.REGENCY) {
                params.and("level", level);
            }
        }
        if (text != null) {
            where += " and lower(name) like :text";
            params.and("text", "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!scope.isNational()) {
            where += " and (code = :scope or code like :scopePrefix)";
            params.and("scope", scope.value()).and("scopePrefix", scope.value() + ".%");
        }
        return find(where, Sort.by("code"), params);
    }

    /** The enclosing regions, province first. */
    public java.util.List<Region> parents() {
        java.util.LinkedList<Region> chain = new java.util.LinkedList<>();
        for (String up = parentCode; up != null; ) {
            Region parent = findById(up);
            if (parent == null) {
                break;
            }
            chain.addFirst(parent);
            up = parent.parentCode;
        }
        return chain;
    }

    /** The region, if it exists and lies inside the scope. */
    public static Optional<Region> visible(String code, RegionCode scope) {
        return Region.<Region>findByIdOptional(code).filter(r -> scope.covers(r.code));
    }
}
