package id.netral.roster.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Registering accounts: admins, BKPP and Bawaslu; a portal is refused. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class EmployeeAccountSecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        // no such employee, so a permitted caller gets 404 and nothing is written
        return as(authorization).contentType("application/json").body("{\"platform\": \"X\", \"handle\": \"probe\"}")
                .when().post("/api/v1/employees/199001012015011001/accounts").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.BAWASLU;
    }

    @Override
    protected String forbiddenRole() {
        return Roles.PORTAL;
    }

    @Override
    protected int permittedStatus() {
        return 404;
    }
}
