package id.netral.common.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code ?page=&size=} of every list endpoint; use it as a {@code @BeanParam}. */
public class PageRequest {
    public static final int MAX_SIZE = 500;
    /** The last page one may ask for: page × size stays far inside an int (and a row offset PostgreSQL can skip). */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{netral.page}")
    @Max(value = MAX_PAGE, message = "{netral.page}")
    @Parameter(description = "Zero-based page number, at most 1,000,000", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "{netral.page-size}")
    @Max(value = MAX_SIZE, message = "{netral.page-size}")
    @Parameter(description = "Page size, at most 500", example = "50")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return page * size;
    }
}
