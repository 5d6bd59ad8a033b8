package id.netral.console.client;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.RegionsApi;
import id.netral.client.roster.model.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of Kemendagri region codes, from roster-service's region tree, asked as the viewer for
 * the codes a page shows (so a viewer is only ever told names of codes an API already gave it).
 * Names change with a new Kemendagri decree, seldom: each is kept a day. A code the roster does not
 * answer for (unknown, outside the viewer's region, roster unreachable) is shown as its code and
 * asked again on the next page.
 */
@ApplicationScoped
public class RegionNames {
    private static final Duration KEEP = Duration.ofDays(1);
    /** At most this many codes are asked for on one page; the rest show as codes until a later page. */
    private static final int ASK_AT_MOST = 60;

    private record Known(String name, Instant at) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    Services services;

    /** The name of each code, the code itself where none is known. */
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        RegionsApi regions = null;
        int asked = 0;
        for (String code : codes) {
            Known k = known.get(code);
            if ((k == null || k.at().plus(KEEP).isBefore(Instant.now())) && asked < ASK_AT_MOST) {
                regions = regions != null ? regions : new RegionsApi(services.roster());
                asked++;
                try {
                    remember(regions.getRegion(code));
                } catch (ApiException notAnswered) {
                    // the code is shown as it is
                }
                k = known.get(code);
            }
            names.put(code, k == null ? code : k.name());
        }
        return names;
    }

    /** A region and its parents, as the roster answered them. */
    private void remember(Region region) {
        Instant now = Instant.now();
        known.put(region.getCode(), new Known(region.getName(), now));
        if (region.getParents() != null) {
            region.getParents().forEach(parent -> known.put(parent.getCode(), new Known(parent.getName(), now)));
        }
    }
}
