package id.netral.console.domain;

import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a template names what the API answers in codes and instants: {@code {l.of('status', c.status)}}
 * for a state, a step or a field, {@code {l.act(c.act)}} for an act (rules-service's own label), and
 * {@code {l.at(e.at, c.timeZone)}} for an instant as local time in the case's zone (WIB, WITA, WIT).
 */
@TemplateData
public record Labels(Texts texts, UnaryOperator<String> acts) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    public String of(String prefix, Object code) {
        return texts.label(prefix, code);
    }

    /** An audit event: its own words (INTAKE, EVIDENCE_ADDED…), else those of the step it records. */
    public String event(String code) {
        String own = texts.label("event", code);
        return own.equals(code) ? texts.label("action", code) : own;
    }

    /**
     * An address a page may link to: http or https only. Addresses come from reporters and the roster;
     * a javascript: or data: one shown as a link would run in an officer's session, so it is shown as text.
     */
    public String href(String url) {
        if (url == null) {
            return "";
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : "";
        } catch (java.net.URISyntaxException notAnAddress) {
            return "";
        }
    }

    public String act(String code) {
        return acts.apply(code);
    }

    /** An instant as the time of day in a zone of Indonesia, named as people there name it. */
    public String at(OffsetDateTime instant, String zone) {
        if (instant == null) {
            return "";
        }
        String id = zone == null || !ZONE_NAMES.containsKey(zone) ? "Asia/Jakarta" : zone;
        return LOCAL.format(instant.atZoneSameInstant(ZoneId.of(id))) + " " + ZONE_NAMES.get(id);
    }

    /** An instant in WIB, where no case's zone is at hand. */
    public String at(OffsetDateTime instant) {
        return at(instant, "Asia/Jakarta");
    }
}
