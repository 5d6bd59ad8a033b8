package id.netral.roster.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AccountLookupSecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        return as(authorization).queryParam("url", "https://x.com/nobody_registered").when().get("/api/v1/accounts/lookup").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.PORTAL;
    }

    @Override
    protected int permittedStatus() {
        return 404;
    }
}
