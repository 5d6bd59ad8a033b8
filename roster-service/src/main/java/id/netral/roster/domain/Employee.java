package id.netral.roster.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.Nip;
import id.netral.common.domain.RegionCode;
import id.netral.common.store.RegionScope;
import id.netral.common.error.InvalidValueException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A person on the roster: PNS and PPPK by NIP, non-ASN staff by their agency staff number. The
 * region is copied from the agency so that scope checks need no join.
 */
@Entity
public class Employee extends PanacheEntityBase {
    /** Separates agency and staff number in the key of a non-ASN employee ({@code AGENCY:NUMBER}). */
    public static final char STAFF_KEY_SEPARATOR = ':';

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String nip;

    @Column(name = "staff_number")
    public String staffNumber;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    public EmploymentType employmentType;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "unit_code")
    public String unitCode;

    public String position;

    public String rank;

    /** The employee's own e-mail address, if known. */
    public String email;

    @Enumerated(EnumType.STRING)
    public EmploymentStatus status;

    @Column(name = "region_code")
    public String regionCode;

    /** Optimistic lock and ETag. */
    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The identifier callers use: the NIP, or {@code AGENCY:STAFFNUMBER} for non-ASN staff. */
    public String key() {
        return nip != null ? nip : agencyCode + STAFF_KEY_SEPARATOR + staffNumber;
    }

    /** Finds by NIP or non-ASN key, inside the scope only. */
    public static Optional<Employee> visible(String key, RegionCode scope) {
        Optional<Employee> found;
        int separator = key.indexOf(STAFF_KEY_SEPARATOR);
        if (Nip.looksLikeNip(key)) {
            found = find("nip", key).firstResultOptional();
        } else if (separator > 0) {
            found = find("agencyCode = ?1 and staffNumber = ?2", key.substring(0, separator), key.substring(separator + 1))
                    .firstResultOptional();
        } else {
            found = Optional.empty();
        }
        return found.filter(e -> scope.covers(e.regionCode));
    }

    /** The {@code after} value that starts a walk in roster order. */
    public static final String WALK_START = "-";

    /**
     * The search behind {@code GET /employees}; every filter is optional. {@code region} narrows the
     * caller's scope (a region outside it finds nobody). With {@code after} ({@link #WALK_START}, then
     * the key of the last employee of the previous page) the list runs in roster order, so a reader walking a large audience
     * page by page pays the same for every page and neither skips nor repeats anyone added meanwhile.
     */
    public static Search search(RegionCode scope, RegionCode region, String agency, String unit, String text,
            EmploymentType type, EmploymentStatus status, String after) {
        Parameters params = new Parameters();
        ByName byName = null;
        StringBuilder where = new StringBuilder("from Employee e where ").append(RegionScope.condition("e.regionCode", scope, params));
        if (region != null && !region.isNational()) {
            where.append(" and (e.regionCode = :region or e.regionCode like :regionPrefix)");
            params.and("region", region.value()).and("regionPrefix", region.value() + ".%");
        }
        if (agency != null) {
            where.append(" and e.agencyCode = :agency");
            params.and("agency", agency);
        }
        if (unit != null) {
            where.append(" and e.unitCode = :unit");
            params.and("unit", unit);
        }
        if (type != null) {
            where.append(" and e.employmentType = :type");
            params.and("type", type);
        }
        if (status != null) {
            where.append(" and e.status = :status");
            params.and("status", status);
        }
        if (text != null && !text.isBlank()) {
            String q = text.strip().toLowerCase();
            if (q.chars().allMatch(Character::isDigit)) {
                where.append(" and e.nip like :nipPrefix");
                params.and("nipPrefix", q + "%");
            } else if (q.length() >= 3) {
                // served by the trigram index on lower(name)
                String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" and lower(e.name) like :name");
                params.and("name", like);
                if (agency == null && unit == null && type == null && status == null && after == null) {
                    RegionCode within = region == null || region.isNational() ? scope : scope.covers(region) ? region : null;
                    byName = within == null ? null : new ByName(like, within);
                }
            } else {
                // Two letters hold no trigram: on a LIKE PostgreSQL still chose the trigram index and read all of it
                // (489 ms for "ra" in a million names). Written so, the condition fits no index, and the names are
                // scanned instead, stopping once a page's worth (or the count's cap) has turned up.
                where.append(" and locate(:fragment, lower(e.name)) > 0");
                params.and("fragment", q);
            }
        }
        if (after != null) {
            // "-" starts the walk; any other value is the key of the last employee of the previous page
            long afterId = WALK_START.equals(after) ? 0 : visible(after, scope).map(e -> e.id).orElseThrow(() -> new InvalidValueException(Messages.text("roster.Employee.after-is-not-the-key-of")));
            where.append(" and e.id > :afterId");
            params.and("afterId", afterId);
            return new Search(where.toString(), params, true, null);
        }
        return new Search(where.toString(), params, false, byName);
    }

    /**
     * A search by a name fragment within a region and nothing else: how many it matches PostgreSQL's
     * statistics can estimate from these two alone (store.EmployeeSearches).
     */
    public record ByName(String like, RegionCode within) {
    }

    /**
     * A search ready to run, in name order or, for a walk, in roster order; {@code byName} when it
     * is a name fragment alone (in the caller's region or a region inside it), else null.
     */
    public record Search(String where, Parameters params, boolean walk, ByName byName) {
        public PanacheQuery<Employee> query() {
            return Employee.find(where, walk ? Sort.by("id") : Sort.by("name").and("id"), params);
        }

        /** The same order as {@link #query()}, as JPQL for the queries that pick ids first. */
        public String orderBy() {
            return walk ? " order by e.id" : " order by e.name, e.id";
        }
    }
}
