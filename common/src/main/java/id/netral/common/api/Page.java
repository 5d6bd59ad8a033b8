package id.netral.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every list: {@code { items, page, size, total }}, and {@code totalCapped: true}
 * where counting every match would cost more than the page itself (a name search over millions):
 * the total then counted only up to that many, and there are more.
 */
public record Page<T>(List<T> items, int page, int size, long total,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Present and true when `total` stopped counting at a limit: there are more matches than that")
        Boolean totalCapped) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
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

    /** A page whose total was counted only up to a limit when {@code capped}: there are more than that. */
    public static <T> Page<T> counted(List<T> items, PageRequest request, long total, boolean capped) {
        return new Page<>(items, request.page, request.size, total, capped ? Boolean.TRUE : null);
    }

    /** A page cut from a list already in memory (small, fixed catalogs). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page, request.size, all.size());
    }
}
