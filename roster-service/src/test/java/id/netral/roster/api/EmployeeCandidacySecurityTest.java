package id.netral.roster.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** One employee's family declarations: personal data, not for portals. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class EmployeeCandidacySecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        return as(authorization).when().get("/api/v1/employees/199001012015011001/family-candidacies").then();
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
