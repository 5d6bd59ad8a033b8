package id.netral.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check finds each way a provider can break a consumer, and nothing when none. */
class ClientContractTest {
    private static final String DOC = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/employees/{key}": {"get": {"parameters": [{"name": "key", "in": "path"}],
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Employee"}}}}}}},
              "/api/v1/employees": {"get": {"parameters": [{"name": "q", "in": "query"}],
                "responses": {"200": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                  "items": {"type": "array", "items": {"$ref": "#/components/schemas/Employee"}}, "total": {"type": "integer"}}}}}}}},
                "post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["name", "type"],
                  "properties": {"name": {"type": "string"}, "type": {"$ref": "#/components/schemas/Type"}}}}}},
                "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Employee"}}}}}}}},
             "components": {"schemas": {
               "Type": {"type": "string", "enum": ["PNS", "PPPK"]},
               "Employee": {"type": "object", "properties": {"name": {"type": "string"}, "type": {"$ref": "#/components/schemas/Type"},
                 "version": {"type": "integer"}}}}}}
            """;

    enum Type { PNS, PPPK }

    enum OldType { PNS }

    record Employee(String name, Type type, int version) {
    }

    record Page(List<Employee> items, long total) {
    }

    record NewEmployee(String name, Type type) {
    }

    @Path("/api/v1")
    interface Good {
        @GET
        @Path("/employees/{key}")
        Employee employee(@PathParam("key") String key);

        @GET
        @Path("/employees")
        Page search(@QueryParam("q") String q);

        @POST
        @Path("/employees")
        Employee create(NewEmployee body);
    }

    record Renamed(String fullName, Type type) {
    }

    record Stale(String name, OldType type) {
    }

    record Incomplete(String name) {
    }

    @Path("/api/v1")
    interface Broken {
        @GET
        @Path("/employees/{key}")
        Renamed renamed(@PathParam("key") String key);

        @GET
        @Path("/employees/{key}")
        Stale stale(@PathParam("key") String key);

        @GET
        @Path("/employees")
        Page search(@QueryParam("agency") String agency);

        @POST
        @Path("/employees")
        Employee create(Incomplete body);

        @GET
        @Path("/people/{key}")
        Employee gone(@PathParam("key") String key);
    }

    private static JsonNode doc() throws Exception {
        return new ObjectMapper().readTree(DOC);
    }

    @Test
    void aClientTheProviderServesHasNoBreach() throws Exception {
        assertThat(ClientContract.of(Good.class, doc()).breaches()).isEmpty();
    }

    @Test
    void eachBreakingChangeIsNamed() throws Exception {
        assertThat(ClientContract.of(Broken.class, doc()).breaches()).containsExactlyInAnyOrder(
                "Broken.renamed (GET /api/v1/employees/{key}) answer.fullName: the provider's answer has no such field",
                "Broken.stale (GET /api/v1/employees/{key}) answer.type: the provider may answer PPPK, which OldType lacks",
                "Broken.search (GET /api/v1/employees): the provider declares no parameter query:agency",
                "Broken.create (POST /api/v1/employees) body.type: the provider requires it, the client never sends it",
                "Broken.gone (GET /api/v1/people/{key}): the provider has no such operation");
    }

    @Test
    void aFieldAbsentByDesignCanBeExcused() throws Exception {
        assertThat(ClientContract.of(Broken.class, doc()).allowingAbsent("renamed", "fullName").breaches())
                .noneMatch(b -> b.contains("fullName"));
    }
}
