package id.netral.roster.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AgencySecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        // region 99.99 does not exist, so a permitted caller gets 422 and nothing is written
        return as(authorization).contentType("application/json").body("{\"code\": \"SEC-PROBE\", \"name\": \"x\", \"regionCode\": \"99.99\", \"ppk\": {\"name\": \"x\", \"office\": \"y\"}}").when().post("/api/v1/agencies").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.BKPP;
    }

    @Override
    protected String forbiddenRole() {
        return Roles.PORTAL;
    }

    @Override
    protected int permittedStatus() {
        return 422;
    }
}
