package id.netral.common.api;

import id.netral.common.i18n.Messages;
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
                throw NetralException.unprocessable(field, Messages.text("common.InstantParameter.must-lie-between-the-years-1900", field));
            }
            return value;
        } catch (DateTimeParseException e) {
            throw NetralException.unprocessable(field, Messages.text("common.InstantParameter.is-not-an-iso-8601-instant", field));
        }
    }

    /** The instant; absent or blank is a 422 too. */
    public static OffsetDateTime required(String field, String raw) {
        OffsetDateTime value = optional(field, raw);
        if (value == null) {
            throw NetralException.unprocessable(field, Messages.text("common.InstantParameter.is-required", field));
        }
        return value;
    }
}
