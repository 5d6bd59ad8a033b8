package id.netral.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A consumer's contract with a provider, checked against the provider's OpenAPI document (which
 * its build writes): every call a REST client interface makes must be an operation the provider
 * documents, with the parameters it names, and every field the client reads must be in the
 * answer's schema with a compatible type (an enum the provider may answer must hold no value the
 * client's enum lacks). A record sent as a body must carry every property the provider requires,
 * and nothing it does not know. The client's records ignore unknown properties, so without this a
 * field the provider renamed would be read as null, silently.
 */
public final class ClientContract {
    private final Class<?> client;
    private final JsonNode doc;
    private final Map<String, Set<String>> absentAllowed = new HashMap<>();

    private ClientContract(Class<?> client, JsonNode doc) {
        this.client = client;
        this.doc = doc;
    }

    /** The contract of {@code client} with the provider whose document the provider's build wrote under {@code ../<service>/target/openapi}. */
    public static ClientContract of(Class<?> client, String providerService) {
        java.nio.file.Path file = java.nio.file.Path.of("..", providerService, "target", "openapi", "openapi.json");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: build " + providerService + " first (mvn -B -DskipTests package)");
        }
        try {
            return new ClientContract(client, new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static ClientContract of(Class<?> client, JsonNode doc) {
        return new ClientContract(client, doc);
    }

    /** Fields the client reads that this one operation's answer lacks by design (a shared record read from a smaller answer). */
    public ClientContract allowingAbsent(String method, String... fields) {
        absentAllowed.computeIfAbsent(method, m -> new HashSet<>()).addAll(Arrays.asList(fields));
        return this;
    }

    /** What breaks the contract; empty when the provider answers everything the client relies on. */
    public List<String> breaches() {
        List<String> breaches = new ArrayList<>();
        String base = pathOf(client);
        for (Method method : client.getMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            String path = base + pathOf(method);
            String call = client.getSimpleName() + "." + method.getName() + " (" + http + " " + path + ")";
            JsonNode operation = operation(path, http.toLowerCase());
            if (operation == null) {
                breaches.add(call + ": the provider has no such operation");
                continue;
            }
            parameters(method, operation, call, breaches);
            for (int i = 0; i < method.getParameterCount(); i++) {
                if (method.getParameterAnnotations()[i].length == 0) {
                    body(method.getGenericParameterTypes()[i], operation.at("/requestBody/content/application~1json/schema"), call + " body",
                            breaches);
                }
            }
            JsonNode answer = success(operation);
            Type returned = unwrap(method.getGenericReturnType());
            if (answer != null) {
                read(returned, answer, call + " answer", absentAllowed.getOrDefault(method.getName(), Set.of()), breaches);
            } else if (returned != void.class && returned != Void.class) {
                breaches.add(call + ": the provider documents no JSON answer");
            }
        }
        return breaches;
    }

    private void parameters(Method method, JsonNode operation, String call, List<String> breaches) {
        Set<String> declared = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            declared.add(parameter.path("in").asText() + ":" + parameter.path("name").asText());
        }
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                String name = a instanceof QueryParam q ? "query:" + q.value() : a instanceof PathParam p ? "path:" + p.value()
                        : a instanceof HeaderParam h ? "header:" + h.value() : null;
                if (name != null && !declared.contains(name) && !name.startsWith("header:")) {
                    breaches.add(call + ": the provider declares no parameter " + name);
                }
            }
        }
    }

    /** What the client reads must be in the answer, with a compatible type. */
    private void read(Type type, JsonNode schema, String where, Set<String> absent, List<String> breaches) {
        schema = resolve(schema);
        Class<?> raw = raw(type);
        if (raw == null || JsonNode.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Object.class) {
            return; // read as it comes
        }
        if (List.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!typeIs(schema, "array")) {
                breaches.add(where + ": the client reads a list, the provider answers " + typeOf(schema));
                return;
            }
            read(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), where + "[]", Set.of(), breaches);
            return;
        }
        if (raw.isRecord()) {
            JsonNode properties = properties(schema);
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode property = properties.get(component.getName());
                if (property == null) {
                    if (!absent.contains(component.getName())) {
                        breaches.add(where + "." + component.getName() + ": the provider's answer has no such field");
                    }
                    continue;
                }
                read(component.getGenericType(), property, where + "." + component.getName(), Set.of(), breaches);
            }
            return;
        }
        scalar(raw, schema, where, true, breaches);
    }

    /** A body the client sends must hold every required property and only known ones. */
    private void body(Type type, JsonNode schema, String where, List<String> breaches) {
        Class<?> raw = raw(type);
        if (schema.isMissingNode()) {
            breaches.add(where + ": the provider takes no JSON body");
            return;
        }
        schema = resolve(schema);
        if (raw == null || JsonNode.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return;
        }
        if (List.class.isAssignableFrom(raw)) {
            body(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), where + "[]", breaches);
            return;
        }
        if (!raw.isRecord()) {
            scalar(raw, schema, where, false, breaches);
            return;
        }
        JsonNode properties = properties(schema);
        Set<String> sent = new HashSet<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            sent.add(component.getName());
            JsonNode property = properties.get(component.getName());
            if (property == null) {
                breaches.add(where + "." + component.getName() + ": the provider does not take this field");
            } else {
                body(component.getGenericType(), property, where + "." + component.getName(), breaches);
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!sent.contains(required.asText())) {
                breaches.add(where + "." + required.asText() + ": the provider requires it, the client never sends it");
            }
        }
    }

    /** Scalars: the JSON type must fit; for enums, every value one side may send must be known to the other. */
    private static void scalar(Class<?> raw, JsonNode schema, String where, boolean reading, List<String> breaches) {
        if (raw.isEnum()) {
            Set<String> ours = new HashSet<>();
            for (Object constant : raw.getEnumConstants()) {
                ours.add(((Enum<?>) constant).name());
            }
            for (JsonNode value : schema.path("enum")) {
                if (reading && !ours.contains(value.asText())) {
                    breaches.add(where + ": the provider may answer " + value.asText() + ", which " + raw.getSimpleName() + " lacks");
                }
            }
            if (!reading && schema.has("enum")) {
                Set<String> theirs = new HashSet<>();
                schema.path("enum").forEach(v -> theirs.add(v.asText()));
                ours.stream().filter(v -> !theirs.contains(v)).forEach(v -> breaches.add(where + ": the provider does not take " + v));
            }
            return;
        }
        String expected = raw == String.class || raw == java.util.UUID.class || java.time.temporal.Temporal.class.isAssignableFrom(raw)
                ? "string" : raw == boolean.class || raw == Boolean.class ? "boolean"
                : Number.class.isAssignableFrom(raw) || raw.isPrimitive() ? "number" : null;
        if (expected == null || schema.isMissingNode() || typeOf(schema).isEmpty()) {
            return; // a type this check does not know, or a schema that does not say
        }
        boolean fits = expected.equals("number") ? typeIs(schema, "integer") || typeIs(schema, "number") : typeIs(schema, expected);
        if (!fits) {
            breaches.add(where + ": the client has " + raw.getSimpleName() + ", the provider " + typeOf(schema));
        }
    }

    private JsonNode operation(String path, String method) {
        String wanted = path.replaceAll("\\{[^}]*}", "{}");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            if (entry.getKey().replaceAll("\\{[^}]*}", "{}").equals(wanted) && entry.getValue().has(method)) {
                return entry.getValue().get(method);
            }
        }
        return null;
    }

    private static JsonNode success(JsonNode operation) {
        for (String status : new String[] {"200", "201", "202"}) {
            JsonNode schema = operation.at("/responses/" + status + "/content/application~1json/schema");
            if (!schema.isMissingNode()) {
                return schema;
            }
        }
        return null;
    }

    /** Follows $ref and single-entry allOf (how a property with its own description refers to a schema). */
    private JsonNode resolve(JsonNode schema) {
        for (int depth = 0; depth < 10; depth++) {
            if (schema.has("$ref")) {
                schema = doc.at(schema.get("$ref").asText().substring(1));
            } else if (schema.path("allOf").size() == 1) {
                schema = schema.get("allOf").get(0);
            } else {
                return schema;
            }
        }
        return schema;
    }

    private JsonNode properties(JsonNode schema) {
        Map<String, JsonNode> all = new HashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> all.put(p.getKey(), p.getValue()));
        for (JsonNode part : schema.path("allOf")) {
            properties(resolve(part)).fields().forEachRemaining(p -> all.put(p.getKey(), p.getValue()));
        }
        return new ObjectMapper().valueToTree(all);
    }

    private static boolean typeIs(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode one : t) {
                if (one.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return t.asText().equals(type);
    }

    private static String typeOf(JsonNode schema) {
        return schema.path("type").isArray() ? schema.path("type").toString() : schema.path("type").asText();
    }

    private static Type unwrap(Type type) {
        Class<?> raw = raw(type);
        if (raw != null && (CompletionStage.class.isAssignableFrom(raw) || raw.getName().equals("io.smallrye.mutiny.Uni"))) {
            return ((ParameterizedType) type).getActualTypeArguments()[0];
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        return type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }

    private static String pathOf(java.lang.reflect.AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        String value = path.value();
        return (value.startsWith("/") ? value : "/" + value).replaceAll("/$", "");
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
