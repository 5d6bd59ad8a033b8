package id.netral.common.store;

import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** A {@link Page} read by a Panache query: the envelope stays free of persistence, the running lives here. */
public final class Pages {

    private Pages() {
    }

    /** Runs a Panache query for one page and maps each entity to its API view. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page, request.size))
                .list().stream().map(view).toList();
        return new Page<>(items, request.page, request.size, query.count());
    }

    /**
     * Like {@link #of(PanacheQuery, PageRequest, Function)} but the view gets the whole page at
     * once, so that related rows can be loaded in one query instead of one per item.
     */
    public static <E, T> Page<T> ofBatch(PanacheQuery<E> query, PageRequest request, Function<List<E>, List<T>> views) {
        List<E> rows = query.page(io.quarkus.panache.common.Page.of(request.page, request.size)).list();
        return new Page<>(views.apply(rows), request.page, request.size, query.count());
    }
}
