package id.netral.roster.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Only admins and BKPP load the roster; a supervisor's token is refused. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportSecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        // a header-only file: accepted as an empty import, so the permitted call writes nothing
        return as(authorization).contentType("text/csv")
                .body("nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n")
                .when().post("/api/v1/imports").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.BKPP;
    }

    @Override
    protected String forbiddenRole() {
        return Roles.BAWASLU;
    }

    @Override
    protected int permittedStatus() {
        return 202;
    }
}
