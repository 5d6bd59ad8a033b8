package id.netral.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every list: {@code { items, page, size, total }}, and {@code totalCapped: true}
 * where counting every match would cost more than the page itself (a name search over millions):
 * the total then counted only up to that many, and there are more. Pure data: a page read from the
 * database is made by {@link id.netral.common.store.Pages}.
 */
public record Page<T>(List<T> items, int page, int size, long total,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Present and true when `total` stopped counting at a limit: there are more matches than that")
        Boolean totalCapped) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** A page whose total was counted only up to a limit when {@code capped}: there are more than that. */
    public static <T> Page<T> counted(List<T> items, PageRequest request, long total, boolean capped) {
        return new Page<>(items, request.page, request.size, total, capped ? Boolean.TRUE : null);
    }

    /** The same page with each item mapped (a store's rows to their API view). */
    public <R> Page<R> map(java.util.function.Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), page, size, total, totalCapped);
    }

    /** A page cut from a list already in memory (small, fixed catalogs). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page, request.size, all.size());
    }
}
