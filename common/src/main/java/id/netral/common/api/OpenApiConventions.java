package id.netral.common.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every service's OpenAPI document says the same way, so that integrators can generate
 * working clients from it: the licence with its SPDX identifier, a contact, the servers (local
 * and the configurable public base URL), the caller roles of each operation (in its description:
 * a bearer scheme has no scopes), the problem-details answers each operation can give (503 with
 * its Retry-After header on every one: a database or neighbour outage can reach any), and
 * list schemas named after their items ({@code AgencyPage}, not {@code PageView1}).
 */
public class OpenApiConventions implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Malformed request: a parameter or the body is invalid (the fields are named)",
            "401", "No valid bearer token",
            "403", "The token's roles do not allow this",
            "404", "Not found, or outside the caller's region",
            "500", "Unexpected failure; nothing was changed",
            "503", "Something this operation needs is unreachable (this service's database, or a service it asks); nothing was "
                    + "changed: try again after the Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        if (openAPI.getInfo() != null) {
            if (openAPI.getInfo().getLicense() != null) {
                openAPI.getInfo().getLicense().setIdentifier("Apache-2.0");
            }
            if (openAPI.getInfo().getContact() == null) {
                openAPI.getInfo().setContact(OASFactory.createContact().name("Netral maintainers"));
            }
        }
        String port = config.getOptionalValue("quarkus.http.port", String.class).orElse("8080");
        List<org.eclipse.microprofile.openapi.models.servers.Server> servers = new ArrayList<>();
        servers.add(OASFactory.createServer().url("http://localhost:" + port).description("This service on your machine (./netral up)"));
        Optional<String> publicUrl = config.getOptionalValue("netral.openapi.public-url", String.class);
        servers.add(OASFactory.createServer().url(publicUrl.orElse("/"))
                .description("The public base URL of this service (NETRAL_OPENAPI_PUBLIC_URL); '/' is the host serving this document"));
        openAPI.setServers(servers);

        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                item.getOperations().values().forEach(OpenApiConventions::conventions);
            }
        }
        Map<String, String> renames = pageNames(openAPI);
        if (!renames.isEmpty()) {
            Map<String, Schema> schemas = new TreeMap<>();
            openAPI.getComponents().getSchemas().forEach((name, schema) -> schemas.put(renames.getOrDefault(name, name), schema));
            openAPI.getComponents().setSchemas(schemas);
            eachSchema(openAPI, schema -> {
                if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                    String target = schema.getRef().substring(SCHEMAS.length());
                    if (renames.containsKey(target)) {
                        schema.setRef(SCHEMAS + renames.get(target));
                    }
                }
            });
        }
        dropUnusedSchemas(openAPI);
    }

    /** Roles in the description, problem answers, and a description at least as long as the summary. */
    private static void conventions(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                Map<String, List<String>> cleared = new LinkedHashMap<>();
                requirement.getSchemes().forEach((scheme, scopes) -> {
                    roles.addAll(scopes);
                    cleared.put(scheme, List.of());
                });
                requirement.setSchemes(cleared);
            }
        }
        String description = operation.getDescription() == null || operation.getDescription().isBlank()
                ? operation.getSummary() : operation.getDescription();
        if (!roles.isEmpty()) {
            description = description + "\n\nWho may call: " + (roles.contains("netral:any") ? "any platform role"
                    : String.join(", ", roles)) + ".";
        }
        operation.setDescription(description);

        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean hasPathParameter = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        List<String> codes = new ArrayList<>(List.of("401", "403", "500", "503"));
        if (hasInput) {
            codes.add("400");
        }
        if (hasPathParameter) {
            codes.add("404");
        }
        for (String code : codes) {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(ERRORS.get(code)));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problemContent(response);
            }
        });
        APIResponse unavailable = responses.getAPIResponse("503");
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    /** An error answer is always problem details (RFC 9457). */
    private static void problemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            return;
        }
        Map<String, MediaType> media = new LinkedHashMap<>();
        content.getMediaTypes().forEach((type, value) -> {
            if (value.getSchema() == null) {
                value.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
            }
            media.put(type.equals("application/json") ? PROBLEM_JSON : type, value);
        });
        content.setMediaTypes(media);
    }

    /** {@code PageView1} (items of Agency) becomes {@code AgencyPage}. */
    private static Map<String, String> pageNames(OpenAPI openAPI) {
        Map<String, String> renames = new HashMap<>();
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return renames;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (!name.startsWith("Page") || schema.getProperties() == null) {
                return;
            }
            Schema items = schema.getProperties().get("items");
            if (items != null && items.getItems() != null && items.getItems().getRef() != null) {
                renames.put(name, items.getItems().getRef().substring(SCHEMAS.length()) + "Page");
            }
        });
        return renames;
    }

    /** Component schemas nothing refers to any more (e.g. a type only used inside an entity). */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        boolean dropped = true;
        while (dropped) {
            Set<String> used = new HashSet<>();
            eachSchema(openAPI, schema -> {
                if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                    used.add(schema.getRef().substring(SCHEMAS.length()));
                }
            });
            Map<String, Schema> kept = new TreeMap<>();
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (used.contains(name)) {
                    kept.put(name, schema);
                }
            });
            dropped = kept.size() < openAPI.getComponents().getSchemas().size();
            openAPI.getComponents().setSchemas(kept);
        }
    }

    /** Visits every schema of the document: operations' parameters, bodies and answers, and the components. */
    private static void eachSchema(OpenAPI openAPI, Consumer<Schema> visit) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                visit.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                accept(schema.getItems());
                accept(schema.getAdditionalPropertiesSchema());
                for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                    if (list != null) {
                        list.forEach(this);
                    }
                }
                accept(schema.getNot());
            }
        };
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> walk.accept(p.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        contentSchemas(operation.getRequestBody().getContent(), walk);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), walk));
                    }
                }
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            // only schemas reachable from operations count as used; walk components after, from their refs
            Set<String> reached = new HashSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, Schema> entry : openAPI.getComponents().getSchemas().entrySet()) {
                    if (!reached.contains(entry.getKey()) && isReferenced(entry.getKey(), seen)) {
                        reached.add(entry.getKey());
                        walk.accept(entry.getValue());
                        grew = true;
                    }
                }
            }
        }
    }

    private static boolean isReferenced(String name, Set<Schema> seen) {
        for (Schema schema : seen) {
            if ((SCHEMAS + name).equals(schema.getRef())) {
                return true;
            }
        }
        return false;
    }

    private static void contentSchemas(Content content, Consumer<Schema> walk) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> walk.accept(m.getSchema()));
        }
    }
}
