package id.netral.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.LocalizedText;
import id.netral.rules.domain.Act;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.Election;
import id.netral.rules.domain.LegalSource;
import id.netral.rules.domain.Rule;
import id.netral.rules.domain.RuleDefinition;
import id.netral.rules.domain.SanctionTier;
import id.netral.rules.domain.SanctionType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real catalog for in-process benchmarks, taken from rules-service's public API: while the
 * suite runs, {@link #export} saves what the service serves (catalog version 1 as
 * {@link RuleDefinition}s, acts and sanction tiers in both languages, sources, elections); the
 * JMH benchmark then {@link #load}s that file and builds the catalog with the service's own
 * mapping ({@link RuleDefinition#toRule()}), so it classifies against exactly what is served.
 */
final class CatalogLoader {
    static final Path FILE = Path.of("bench/out/catalog.json");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CatalogLoader() {
    }

    record Loaded(CompiledCatalog catalog, Election pilkada, Election pemilu) {
    }

    /** Saves the catalog as a running rules-service at {@code rules} serves it. */
    static void export(HttpClient http, String rules, String token, Path file) throws IOException, InterruptedException {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("catalog", get(http, rules + "/api/v1/catalog/versions/1", token, "id"));
        parts.put("actsId", get(http, rules + "/api/v1/acts?size=500", token, "id"));
        parts.put("actsEn", get(http, rules + "/api/v1/acts?size=500", token, "en"));
        parts.put("tiersId", get(http, rules + "/api/v1/sanction-tiers?size=500", token, "id"));
        parts.put("tiersEn", get(http, rules + "/api/v1/sanction-tiers?size=500", token, "en"));
        parts.put("sources", get(http, rules + "/api/v1/sources?size=500", token, "id"));
        parts.put("elections", get(http, rules + "/api/v1/elections?size=500", token, "id"));
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), parts);
    }

    static Loaded load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: bench/run.sh writes it while the suite runs");
        }
        JsonNode parts = JSON.readTree(file.toFile());
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : parts.get("catalog").get("rules")) {
            Rule entity = JSON.treeToValue(rule, RuleDefinition.class).toRule();
            entity.version = 1;
            rules.add(entity);
        }
        List<Act> acts = new ArrayList<>();
        JsonNode english = parts.get("actsEn").get("items");
        for (int i = 0; i < english.size(); i++) {
            JsonNode id = parts.get("actsId").get("items").get(i);
            Act act = new Act();
            act.code = id.get("code").asText();
            act.category = id.get("category").asText();
            act.label = LocalizedText.of(id.get("label").asText(), english.get(i).get("label").asText());
            acts.add(act);
        }
        List<LegalSource> sources = new ArrayList<>();
        for (JsonNode s : parts.get("sources").get("items")) {
            LegalSource source = new LegalSource();
            source.code = s.get("code").asText();
            source.shortName = s.get("shortName").asText();
            sources.add(source);
        }
        List<SanctionTier> tiers = new ArrayList<>();
        JsonNode tiersEn = parts.get("tiersEn").get("items");
        for (int i = 0; i < tiersEn.size(); i++) {
            JsonNode id = parts.get("tiersId").get("items").get(i);
            SanctionTier tier = new SanctionTier();
            tier.sanctionType = SanctionType.valueOf(id.get("sanctionType").asText());
            tier.employmentType = EmploymentType.valueOf(id.get("employmentType").asText());
            tier.detail = LocalizedText.of(id.get("detail").asText(), tiersEn.get(i).get("detail").asText());
            tiers.add(tier);
        }
        return new Loaded(new CompiledCatalog(1, rules, acts, sources, tiers), election(parts, "PILKADA_2024"),
                election(parts, "PEMILU_2024"));
    }

    private static Election election(JsonNode parts, String code) {
        for (JsonNode e : parts.get("elections").get("items")) {
            if (code.equals(e.get("code").asText())) {
                Election election = new Election();
                election.code = code;
                election.name = e.get("name").asText();
                election.type = ElectionType.valueOf(e.get("type").asText());
                election.periodStart = LocalDate.parse(e.get("periodStart").asText());
                election.candidatesSetOn = LocalDate.parse(e.get("candidatesSetOn").asText());
                election.campaignStart = LocalDate.parse(e.get("campaignStart").asText());
                election.campaignEnd = LocalDate.parse(e.get("campaignEnd").asText());
                election.voteOn = LocalDate.parse(e.get("voteOn").asText());
                election.periodEnd = LocalDate.parse(e.get("periodEnd").asText());
                election.regionCodes = List.of();
                return election;
            }
        }
        throw new IllegalStateException("The exported calendar has no election " + code);
    }

    private static JsonNode get(HttpClient http, String url, String token, String language)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
