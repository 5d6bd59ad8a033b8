package id.netral.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an integrator needs from each service's OpenAPI document beyond its validity (which the
 * generator checks): every operation named (lowerCamelCase operationId, unique), a typed success
 * answer, problem details for its errors, its callers said; the licence with its SPDX identifier,
 * a contact, and the servers.
 */
class ContractTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @ParameterizedTest
    @ValueSource(strings = {"roster-service", "rules-service", "case-service", "notification-service"})
    void everyOperationIsNamedTypedAndAnswersErrorsAsProblems(String service) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of("..", service, "target", "openapi", "openapi.json").toFile());
        assertThat(doc.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(doc.at("/info/contact").isObject()).isTrue();
        assertThat(doc.get("servers")).hasSizeGreaterThanOrEqualTo(2);

        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                assertThat(operation.path("operationId").asText()).as(name).matches("[a-z][a-zA-Z0-9]+");
                ids.add(operation.get("operationId").asText());
                assertThat(operation.path("summary").asText()).as(name).isNotBlank();
                assertThat(operation.path("description").asText()).as(name).contains("Who may call:");
                boolean typed = false;
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.get("responses").fields(); responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (response.getKey().startsWith("2")) {
                        // 204 No Content has no body to type; every other success names its schema (JSON, or a file or page)
                        typed |= response.getKey().equals("204") && !response.getValue().has("content")
                                || response.getValue().at("/content/application~1json/schema").isObject()
                                || response.getValue().at("/content/text~1html/schema/type").asText().equals("string")
                                || response.getValue().at("/content/application~1octet-stream/schema/format").asText().equals("binary");
                    } else {
                        assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                                .as(name + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                    }
                }
                assertThat(typed).as(name + " declares the schema of its success answer").isTrue();
                assertThat(operation.get("responses").has("401") && operation.get("responses").has("403"))
                        .as(name + " answers 401 and 403").isTrue();
            }
        }
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }
}
