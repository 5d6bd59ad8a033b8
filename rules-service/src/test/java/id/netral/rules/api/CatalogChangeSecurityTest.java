package id.netral.rules.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Only an admin may change the catalog; a supervisor's token is refused. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CatalogChangeSecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        // basedOn 1000 never matches, so the permitted call stops at 409 and changes nothing
        return as(authorization).contentType("application/json")
                .body("{\"basedOn\": 1000, \"note\": \"security probe\", \"retire\": [\"PERM-VOTE\"]}")
                .when().post("/api/v1/catalog/versions").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.ADMIN;
    }

    @Override
    protected String forbiddenRole() {
        return Roles.BAWASLU;
    }

    @Override
    protected int permittedStatus() {
        return 409;
    }
}
