package id.netral.common.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Requests made up from a service's own OpenAPI document, as a fuzzer would: for every operation
 * that takes JSON or nothing, path and query parameters and bodies are drawn from their schemas
 * (valid values, edges and wrong ones), with a fixed seed so that a failure repeats. Each answer
 * must be below 500, an error must be {@code application/problem+json}, and a JSON answer with a
 * documented schema must fit it. One test per operation, each listing what went wrong.
 */
public final class OpenApiFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", "a", "34.04", "PILKADA_2024", "SOCIAL_MEDIA_LIKE", "198503122010011004",
            "https://www.instagram.com/budi/", "Rp 1.000.000 💸", "'; DROP TABLE case_file; --", "<script>alert(1)</script>",
            "\u202Eevil", "%", "../../etc/passwd", "x".repeat(300), "2024-10-30", "2024-10-30T09:15:00+07:00", "-1", "null"};
    private static final long[] INTEGERS = {0, 1, -1, 2, 50, 500, 501, Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_001, 9_999_999_999L};

    private final String bearer;
    private final long seed;
    private final int requestsPerOperation;
    private JsonNode document;
    private JsonNode components;
    private JsonSchemaFactory schemas;

    private OpenApiFuzz(String bearer, long seed, int requestsPerOperation) {
        this.bearer = bearer;
        this.seed = seed;
        this.requestsPerOperation = requestsPerOperation;
    }

    /** Fuzzes the service under test with this token (one that may call every operation), seed and number of requests each. */
    public static OpenApiFuzz as(String bearer, long seed, int requestsPerOperation) {
        return new OpenApiFuzz(bearer, seed, requestsPerOperation);
    }

    public Stream<DynamicTest> tests() throws Exception {
        document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        components = document.path("components");
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        List<DynamicTest> tests = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            JsonNode operation = op.getValue();
            if (!List.of("GET", "POST", "PUT", "DELETE").contains(method) || !takesJsonOrNothing(operation)) {
                return;
            }
            String name = method + " " + path.getKey();
            tests.add(DynamicTest.dynamicTest(name, () -> fuzz(name, method, path.getKey(), operation)));
        }));
        return tests.stream();
    }

    private static boolean takesJsonOrNothing(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        return content.isMissingNode() || content.has("application/json");
    }

    private void fuzz(String name, String method, String template, JsonNode operation) {
        Random random = new Random(seed ^ name.hashCode());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < requestsPerOperation; i++) {
            RequestSpecification request = given().header("Authorization", bearer).urlEncodingEnabled(true).redirects().follow(false);
            String path = template;
            for (JsonNode parameter : operation.path("parameters")) {
                String in = parameter.path("in").asText();
                String parameterName = parameter.path("name").asText();
                JsonNode schema = resolve(parameter.path("schema"));
                if (in.equals("path")) {
                    // braces would read as another template to the client library
                    path = path.replace("{" + parameterName + "}", pathValue(schema, random).replace('{', '(').replace('}', ')'));
                } else if (in.equals("query") && random.nextInt(3) > 0) {
                    request.queryParam(parameterName, text(value(schema, random, 0)));
                } else if (in.equals("header") && random.nextBoolean()) {
                    request.header(parameterName, random.nextBoolean() ? UUID.randomUUID().toString() : "\"" + random.nextInt(5) + "\"");
                }
            }
            JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
            String body = null;
            if (!bodySchema.isMissingNode()) {
                body = random.nextInt(20) == 0 ? "{\"broken\": " : value(resolve(bodySchema), random, 0).toString();
                request.contentType("application/json").body(body);
            }
            Response response = request.request(method, path);
            String problem = check(operation, response);
            if (problem != null) {
                failures.add(method + " " + path + (body == null ? "" : " " + abbreviate(body)) + " -> " + problem);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(name + ": " + failures.size() + " of " + requestsPerOperation + " answers wrong, e.g.\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    /** What is wrong with an answer, or null. */
    private String check(JsonNode operation, Response response) {
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            return status + " " + abbreviate(response.asString());
        }
        if (status >= 400) {
            return type.startsWith("application/problem+json") ? null : status + " with " + (type.isEmpty() ? "no body type" : type);
        }
        JsonNode documented = operation.path("responses").path(String.valueOf(status)).path("content").path("application/json")
                .path("schema");
        if (documented.isMissingNode() || !type.startsWith("application/json")) {
            return null;
        }
        try {
            ObjectNode schema = NODES.objectNode();
            schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            schema.set("components", components);
            schema.setAll((ObjectNode) documented.deepCopy());
            JsonSchema validator = schemas.getSchema(schema);
            Set<ValidationMessage> errors = validator.validate(JSON.readTree(response.asString()));
            return errors.isEmpty() ? null : status + " breaks its schema: " + errors.iterator().next().getMessage();
        } catch (Exception e) {
            return status + " unreadable: " + e.getMessage();
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int depth = 0; s.has("$ref") && depth < 10; depth++) {
            String ref = s.path("$ref").asText();
            s = components.path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.path("allOf").size() == 1) {
            return resolve(s.path("allOf").get(0));
        }
        return s;
    }

    /** Never empty: an empty segment is another path (the list above), not a bad value. */
    private String pathValue(JsonNode schema, Random random) {
        String value = anyPathValue(schema, random);
        return value.isBlank() ? "x" : value;
    }

    private String anyPathValue(JsonNode schema, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> text(value(schema, random, 0));
            case 2 -> STRINGS[random.nextInt(STRINGS.length)].replace("/", "_").replace("%", "pct");
            default -> String.valueOf(INTEGERS[random.nextInt(INTEGERS.length)]);
        };
    }

    /** A value for a schema: mostly of its type (enums, formats, edges), sometimes of another. */
    private JsonNode value(JsonNode schema, Random random, int depth) {
        JsonNode s = resolve(schema);
        if (random.nextInt(12) == 0 || depth > 4) {
            return wrong(random);
        }
        if (s.has("enum")) {
            return random.nextInt(5) == 0 ? NODES.textNode("NOT_A_VALUE") : s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            JsonNode options = s.has("oneOf") ? s.path("oneOf") : s.path("anyOf");
            return value(options.get(random.nextInt(options.size())), random, depth);
        }
        String type = type(s);
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(INTEGERS[random.nextInt(INTEGERS.length)]);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    array.add(value(s.path("items"), random, depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = s.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (random.nextInt(10) < 7) {
                        object.set(property.getKey(), value(property.getValue(), random, depth + 1));
                    }
                }
                yield object;
            }
            default -> NODES.textNode(string(s, random));
        };
    }

    private static String type(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.isMissingNode() ? (s.has("properties") ? "object" : "string") : type.asText();
    }

    private static String string(JsonNode s, Random random) {
        String format = s.path("format").asText("");
        if (random.nextBoolean()) {
            switch (format) {
                case "date-time" -> {
                    return "2024-10-30T09:15:00+07:00";
                }
                case "date" -> {
                    return "2024-10-30";
                }
                case "uuid" -> {
                    return UUID.randomUUID().toString();
                }
                case "email" -> {
                    return "budi@slemankab.go.id";
                }
                default -> {
                    if (s.has("example")) {
                        return s.path("example").asText();
                    }
                }
            }
        }
        return STRINGS[random.nextInt(STRINGS.length)];
    }

    private static JsonNode wrong(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.textNode("\u0000");
            case 3 -> NODES.arrayNode().add(1);
            default -> NODES.objectNode().put("x", true);
        };
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
