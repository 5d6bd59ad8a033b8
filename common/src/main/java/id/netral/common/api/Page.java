package id.netral.common.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** The envelope of every list: {@code { items, page, size, total }}. */
public record Page<T>(List<T> items, int page, int size, long total) {

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

    /** A page cut from a list already in memory (small, fixed catalogs). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page, request.size, all.size());
    }
}
