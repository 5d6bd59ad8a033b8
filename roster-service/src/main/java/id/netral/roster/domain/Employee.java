package id.netral.roster.domain;

import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.Nip;
import id.netral.common.domain.RegionCode;
import id.netral.common.domain.RegionScope;
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
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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
                where.append(" and lower(e.name) like :name");
                params.and("name", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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
            long afterId = WALK_START.equals(after) ? 0 : visible(after, scope).map(e -> e.id).orElseThrow(() -> new InvalidValueException(
                    "'after' bukan kunci pegawai yang Anda lihat", "'after' is not the key of an employee you can see"));
            where.append(" and e.id > :afterId");
            params.and("afterId", afterId);
            return new Search(where.toString(), params, true);
        }
        return new Search(where.toString(), params, false);
    }

    /** A search ready to run, in name order or, for a walk, in roster order. */
    public record Search(String where, Parameters params, boolean walk) {
        public PanacheQuery<Employee> query() {
            return Employee.find(where, walk ? Sort.by("id") : Sort.by("name").and("id"), params);
        }

        /** The same order as {@link #query()}, as JPQL for the queries that pick ids first. */
        private String orderBy() {
            return walk ? " order by e.id" : " order by e.name, e.id";
        }

        /**
         * One page, and how many match counted up to {@code cap} or to the page's end if further: a name
         * fragment can match hundreds of thousands of the 6 million, and counting them all would cost more
         * than the page. First up to that many matches, unordered, which PostgreSQL finds on the trigram
         * index and stops; when that is all of them, only those are put in order. When there are more, the
         * page comes from walking the names in order on the (name, id) index, ids only: at more than a
         * thousand matches in a million, a page's worth turns up soon. The choice is made here on the
         * count, not left to PostgreSQL's guess of a fragment's share from a sample of names: one wrong
         * guess walked 91,596 names for 373 matches (118 ms against 2 ms).
         */
        public Counted page(int offset, int size, long cap) {
            long needed = Math.max(cap, (long) offset + size);
            List<Long> found = ids("select e.id " + where, params, 0, needed + 1);
            List<Employee> page;
            if (found.size() <= cap) {
                page = found.isEmpty() ? List.of()
                        : Employee.getEntityManager().createQuery("from Employee e where e.id in :found" + orderBy(), Employee.class)
                                .setParameter("found", found).setFirstResult(offset).setMaxResults(size).getResultList();
            } else {
                List<Long> ids = ids("select e.id " + where + orderBy(), params, offset, size);
                Map<Long, Employee> byId = ids.isEmpty() ? Map.of()
                        : Employee.<Employee>list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, e -> e));
                page = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
            }
            return found.size() > needed ? new Counted(page, needed, true) : new Counted(page, found.size(), false);
        }

        private static List<Long> ids(String jpql, Parameters params, int first, long max) {
            TypedQuery<Long> query = Employee.getEntityManager().createQuery(jpql, Long.class)
                    .setFirstResult(first).setMaxResults((int) Math.min(max, Integer.MAX_VALUE));
            params.map().forEach(query::setParameter);
            return query.getResultList();
        }
    }

    /** A page of employees and how many match; {@code capped} when the count stopped at its limit. */
    public record Counted(List<Employee> page, long total, boolean capped) {
    }
}
