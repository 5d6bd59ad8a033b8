package id.netral.console.client;

import id.netral.client.rules.model.Act;
import id.netral.common.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The acts rules-service knows, with their labels in each language: what a form offers and how a
 * page names an act code. Kept ten minutes (the catalog changes by published versions, rarely); a
 * failed read is not kept, so the next page asks again.
 */
@ApplicationScoped
public class ActNames {
    private static final Duration KEEP = Duration.ofMinutes(10);

    private record Read(List<Act> acts, Map<String, String> labels, Instant at) {
    }

    private final Map<Language, Read> read = new ConcurrentHashMap<>();

    @Inject
    Services services;

    /** The acts, read with {@code token} in {@code language}. */
    public List<Act> acts(String token, Language language) throws id.netral.client.rules.ApiException {
        return fresh(token, language).acts();
    }

    /** An act code's label, or the code when rules-service cannot be asked now. */
    public String label(String code, String token, Language language) {
        if (code == null) {
            return "";
        }
        try {
            return fresh(token, language).labels().getOrDefault(code, code);
        } catch (id.netral.client.rules.ApiException unreachable) {
            return code;
        }
    }

    private Read fresh(String token, Language language) throws id.netral.client.rules.ApiException {
        Read known = read.get(language);
        if (known != null && known.at().plus(KEEP).isAfter(Instant.now())) {
            return known;
        }
        List<Act> acts = services.reference(token, language).listActs(0, 500).getItems();
        Read fresh = new Read(acts, acts.stream().collect(Collectors.toMap(Act::getCode, Act::getLabel, (a, b) -> a)), Instant.now());
        read.put(language, fresh);
        return fresh;
    }
}
