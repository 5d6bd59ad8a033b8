package id.netral.console.domain;

/**
 * The previous and next links of a paged list, as addresses (null where there is none): built from
 * the list's own address, so that a filter in it (the inbox's unread only) stays on every page.
 */
public record Pager(String previous, String next) {

    /**
     * The links of page {@code page} (from 0) of {@code total} items, {@code size} a page.
     *
     * @param address the list's address, with its filters and without {@code page}
     */
    public static Pager of(String address, int page, int size, long total) {
        boolean more = (long) (page + 1) * size < total;
        return new Pager(page > 0 ? at(address, page - 1) : null, more ? at(address, page + 1) : null);
    }

    private static String at(String address, int page) {
        return address + (address.contains("?") ? "&" : "?") + "page=" + page;
    }
}
