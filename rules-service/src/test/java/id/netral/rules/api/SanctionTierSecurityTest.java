package id.netral.rules.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SanctionTierSecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        return as(authorization).when().get("/api/v1/sanction-tiers").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.PORTAL;
    }
}
