package id.netral.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.LocalizedText;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.Election;
import id.netral.rules.domain.ReferenceSnapshot;
import id.netral.rules.domain.RuleDefinition;
import id.netral.common.domain.SanctionType;
import id.netral.rules.domain.StageModel;
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
 * suite runs, {@link #export} saves what the service serves (the current catalog version as
 * {@link RuleDefinition}s, acts and sanction tiers in both languages, sources, elections); the
 * JMH benchmark then {@link #load}s that file into a {@link ReferenceSnapshot} and compiles it as
 * the service does, so it classifies against exactly what is served.
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
        JsonNode current = null;
        for (JsonNode version : get(http, rules + "/api/v1/catalog/versions?size=500", token, "id").get("items")) {
            if (version.get("current").asBoolean()) {
                current = version;
            }
        }
        parts.put("version", current);
        parts.put("catalog", get(http, rules + "/api/v1/catalog/versions/" + current.get("version").asInt(), token, "id"));
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
            throw new IllegalStateException(file + " is missing: ./netral bench classifier writes it from the suite it starts");
        }
        JsonNode parts = JSON.readTree(file.toFile());
        List<RuleDefinition> rules = new ArrayList<>();
        for (JsonNode rule : parts.get("catalog").get("rules")) {
            rules.add(JSON.treeToValue(rule, RuleDefinition.class));
        }
        List<ReferenceSnapshot.ActLabel> acts = new ArrayList<>();
        JsonNode actsEn = parts.get("actsEn").get("items");
        for (int i = 0; i < actsEn.size(); i++) {
            JsonNode id = parts.get("actsId").get("items").get(i);
            acts.add(new ReferenceSnapshot.ActLabel(id.get("code").asText(), id.get("category").asText(),
                    LocalizedText.of(id.get("label").asText(), actsEn.get(i).get("label").asText())));
        }
        List<ReferenceSnapshot.SourceName> sources = new ArrayList<>();
        for (JsonNode s : parts.get("sources").get("items")) {
            sources.add(new ReferenceSnapshot.SourceName(s.get("code").asText(), s.get("shortName").asText()));
        }
        List<ReferenceSnapshot.TierDetail> tiers = new ArrayList<>();
        JsonNode tiersEn = parts.get("tiersEn").get("items");
        for (int i = 0; i < tiersEn.size(); i++) {
            JsonNode id = parts.get("tiersId").get("items").get(i);
            JsonNode en = tiersEn.get(i);
            boolean disputed = id.get("disputed").asBoolean();
            tiers.add(new ReferenceSnapshot.TierDetail(SanctionType.valueOf(id.get("sanctionType").asText()),
                    EmploymentType.valueOf(id.get("employmentType").asText()),
                    LocalizedText.of(id.get("detail").asText(), en.get("detail").asText()),
                    textOrNull(id, "basis"), disputed,
                    disputed ? LocalizedText.of(id.get("disputeNote").asText(), en.get("disputeNote").asText()) : null));
        }
        List<ReferenceSnapshot.ElectionDates> elections = new ArrayList<>();
        for (JsonNode e : parts.get("elections").get("items")) {
            elections.add(JSON.treeToValue(e, ReferenceSnapshot.ElectionDates.class));
        }
        JsonNode version = parts.get("version");
        ReferenceSnapshot snapshot = new ReferenceSnapshot(version.get("version").asInt(),
                StageModel.valueOf(version.get("stageModel").asText()),
                textOrNull(version, "coversFrom") == null ? null : LocalDate.parse(textOrNull(version, "coversFrom")),
                version.path("violationNeedsSanction").asBoolean(false),
                rules, acts, sources, tiers, elections);
        return new Loaded(snapshot.compile(), snapshot.election("PILKADA_2024"), snapshot.election("PEMILU_2024"));
    }

    /** A field's text; null when the answer left it out (the services omit empty fields) or sent null. */
    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
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
