package id.netral.roster.store;

import id.netral.common.store.RegionScope;
import id.netral.roster.domain.Employee;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/** Runs an {@link Employee.Search} for one page, choosing the plan itself; inside the caller's transaction. */
@ApplicationScoped
public class EmployeeSearches {

    /** A fragment is common when it is in at least one name of this many (see {@link #common}). */
    static final int COMMON_SHARE = 200;

    /** The estimate in the first line of a plan, e.g. "Bitmap Heap Scan on employee e  (cost=182.83..18070.59 rows=15806 width=4)". */
    private static final Pattern ESTIMATED_ROWS = Pattern.compile(" rows=(\\d+) ");

    @Inject
    EntityManager em;

    /** A page of employees and how many match; {@code capped} when the count stopped at its limit. */
    public record Counted(List<Employee> page, long total, boolean capped) {
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
     * <p>
     * A fragment that the statistics show to be common (see {@link #common}) skips that count: the
     * walk starts at once and counts only to the page's end, and one more to know there are more. The
     * count of up to a thousand was two thirds of PostgreSQL's time for such a search (bench/HISTORY.md).
     */
    public Counted page(Employee.Search search, int offset, int size, long cap) {
        if (search.byName() != null && common(search.byName())) {
            List<Long> ids = ids("select e.id " + search.where() + search.orderBy(), search.params(), offset, size + 1L);
            // past the last match the walk finds nothing and says nothing of how many there are: counted below
            if (!ids.isEmpty() || offset == 0) {
                boolean more = ids.size() > size;
                List<Employee> page = byIds(more ? ids.subList(0, size) : ids);
                return new Counted(page, (long) offset + page.size(), more);
            }
        }
        long needed = Math.max(cap, (long) offset + size);
        List<Long> found = ids("select e.id " + search.where(), search.params(), 0, needed + 1);
        List<Employee> page;
        if (found.size() <= cap) {
            page = found.isEmpty() ? List.of()
                    : em.createQuery("from Employee e where e.id in :found" + search.orderBy(), Employee.class)
                            .setParameter("found", found).setFirstResult(offset).setMaxResults(size).getResultList();
        } else {
            page = byIds(ids("select e.id " + search.where() + search.orderBy(), search.params(), offset, size));
        }
        return found.size() > needed ? new Counted(page, needed, true) : new Counted(page, found.size(), false);
    }

    /**
     * Whether PostgreSQL's statistics put the fragment in at least one name of {@link #COMMON_SHARE}
     * on the whole roster (the walk passes every name, in the region or not): then a page of 50
     * turns up within about ten thousand names in order, a few milliseconds. The estimate comes from
     * the sample of names ANALYZE keeps (1,000 of them, V8); a fragment in none of them is estimated
     * at a thousandth or less, so a rare one is not taken for common unless the sample is badly
     * skewed, and then the walk is slow, never wrong. No statistics yet (a new roster): not common.
     */
    private boolean common(Employee.ByName byName) {
        Number rows = (Number) em.createNativeQuery("select reltuples from pg_class where oid = cast('employee' as regclass)")
                .getSingleResult();
        if (rows.doubleValue() <= 0) {
            return false;
        }
        Parameters params = new Parameters();
        Query explain = em.createNativeQuery("explain select 1 from employee e where "
                + RegionScope.condition("e.region_code", byName.within(), params) + " and lower(e.name) like :name");
        params.and("name", byName.like()).map().forEach(explain::setParameter);
        Matcher estimate = ESTIMATED_ROWS.matcher((String) explain.getResultList().get(0));
        return estimate.find() && Double.parseDouble(estimate.group(1)) * COMMON_SHARE >= rows.doubleValue();
    }

    /** The page by id in the ids' order, one array parameter: an "id in (...)" of 50 would be translated afresh by Hibernate on every search (bench/HISTORY.md, 2026-12-07). */
    private List<Employee> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.unwrap(Session.class).findMultiple(Employee.class, ids).stream().filter(Objects::nonNull).toList();
    }

    private List<Long> ids(String jpql, Parameters params, int first, long max) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class)
                .setFirstResult(first).setMaxResults((int) Math.min(max, Integer.MAX_VALUE));
        params.map().forEach(query::setParameter);
        return query.getResultList();
    }
}
