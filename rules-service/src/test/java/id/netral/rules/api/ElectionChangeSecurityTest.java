package id.netral.rules.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecuredEndpointContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Only an admin may add elections. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ElectionChangeSecurityTest extends SecuredEndpointContract {

    @Override
    protected ValidatableResponse call(String authorization) {
        // PEMILU_2024 exists, so the permitted call stops at 409 and changes nothing
        return as(authorization).contentType("application/json")
                .body("""
                        {"code": "PEMILU_2024", "name": "dup", "type": "GENERAL", "candidatesSetOn": "2023-11-13",
                         "campaignStart": "2023-11-28", "campaignEnd": "2024-02-10", "voteOn": "2024-02-14"}""")
                .when().post("/api/v1/elections").then();
    }

    @Override
    protected String permittedRole() {
        return Roles.ADMIN;
    }

    @Override
    protected String forbiddenRole() {
        return Roles.BKPP;
    }

    @Override
    protected int permittedStatus() {
        return 409;
    }
}
