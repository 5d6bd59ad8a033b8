package id.netral.common.api;

import id.netral.common.error.NetralException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 instant that arrives as text outside a JSON body (a query parameter, a multipart
 * field), read in UTC as the API writes instants; a malformed one is a 422 naming the field.
 */
public final class InstantParameter {

    private InstantParameter() {
    }

    /** The instant, or null when absent or blank. */
    public static OffsetDateTime optional(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime value = OffsetDateTime.parse(raw.strip()).withOffsetSameInstant(ZoneOffset.UTC);
            if (value.getYear() < 1900 || value.getYear() > 9999) {
                throw NetralException.unprocessable(field, "'" + field + "' harus antara tahun 1900 dan 9999",
                        "'" + field + "' must lie between the years 1900 and 9999");
            }
            return value;
        } catch (DateTimeParseException e) {
            throw NetralException.unprocessable(field, "'" + field + "' bukan waktu ISO-8601 seperti 2024-10-02T00:00:00Z",
                    "'" + field + "' is not an ISO-8601 instant such as 2024-10-02T00:00:00Z");
        }
    }

    /** The instant; absent or blank is a 422 too. */
    public static OffsetDateTime required(String field, String raw) {
        OffsetDateTime value = optional(field, raw);
        if (value == null) {
            throw NetralException.unprocessable(field, "'" + field + "' wajib diisi", "'" + field + "' is required");
        }
        return value;
    }
}
