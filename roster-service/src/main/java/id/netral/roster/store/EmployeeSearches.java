package id.netral.roster.store;

import id.netral.roster.domain.Employee;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/** Runs an {@link Employee.Search} for one page, choosing the plan itself; inside the caller's transaction. */
@ApplicationScoped
public class EmployeeSearches {

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
     */
    public Counted page(Employee.Search search, int offset, int size, long cap) {
        long needed = Math.max(cap, (long) offset + size);
        List<Long> found = ids("select e.id " + search.where(), search.params(), 0, needed + 1);
        List<Employee> page;
        if (found.size() <= cap) {
            page = found.isEmpty() ? List.of()
                    : em.createQuery("from Employee e where e.id in :found" + search.orderBy(), Employee.class)
                            .setParameter("found", found).setFirstResult(offset).setMaxResults(size).getResultList();
        } else {
            List<Long> ids = ids("select e.id " + search.where() + search.orderBy(), search.params(), offset, size);
            // by id in the page's order, one array parameter: an "id in (...)" of 50 would be translated
            // afresh by Hibernate on every search (bench/HISTORY.md, 2026-12-07)
            page = ids.isEmpty() ? List.of()
                    : em.unwrap(Session.class).findMultiple(Employee.class, ids).stream().filter(Objects::nonNull).toList();
        }
        return found.size() > needed ? new Counted(page, needed, true) : new Counted(page, found.size(), false);
    }

    private List<Long> ids(String jpql, Parameters params, int first, long max) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class)
                .setFirstResult(first).setMaxResults((int) Math.min(max, Integer.MAX_VALUE));
        params.map().forEach(query::setParameter);
        return query.getResultList();
    }
}
