package id.netral.console.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;

/** What the pages do with a posted form's fields before a service sees them. */
final class Forms {
    private Forms() {
    }

    /** The form's fields, the first value of each (a form's field is never repeated here). */
    static Map<String, String> posted(MultivaluedMap<String, String> form) {
        Map<String, String> posted = new HashMap<>();
        form.forEach((name, values) -> posted.put(name, values.isEmpty() ? null : values.get(0)));
        return posted;
    }

    /** An empty field means "not given": the service then applies its default or its validation. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
